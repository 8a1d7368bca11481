package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Outside business hours, a visitor who writes gets the store's away message, once. */
class AwayReplyIT {

    @Test
    void a_visitor_writing_while_the_store_is_closed_gets_the_away_message_once() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        String away = Frames.uniqueText("We are closed today; back tomorrow at 9.");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try {
            // Closed today and tomorrow (a closure each), whatever the time of day the test runs at.
            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "businessHours",
                                    Json.createObjectBuilder()
                                            .add("timeZone", "UTC")
                                            .add("alwaysOpen", false)
                                            .add(
                                                    "closures",
                                                    Json.createArrayBuilder()
                                                            .add(today.toString())
                                                            .add(today.plusDays(1)
                                                                    .toString())))
                            .add("awayMessage", away)
                            .build());

            try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
                visitor.send(Frames.visitorHello());
                visitor.next("ready");
                visitor.send(Frames.send(Frames.newClientMessageId(), "Hello?"));
                visitor.send(Frames.send(Frames.newClientMessageId(), "Anyone there?"));
                List<JsonObject> thread = visitor.nextMessages(4);

                assertThat(Frames.texts(thread))
                        .containsExactly(SettingsApi.DEFAULT_WELCOME, "Hello?", away, "Anyone there?");
                assertThat(thread.get(2).getString("author")).isEqualTo("system");
                assertThat(thread.get(2).getString("event")).isEqualTo("away_reply");
                visitor.noFrameWithin(FrameSocket.QUIET, java.util.Set.of("message"));
            }
        } finally {
            SettingsApi.restore(admin, before);
        }
    }
}
