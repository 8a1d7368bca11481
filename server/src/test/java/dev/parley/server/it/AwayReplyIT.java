package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Outside business hours, a visitor who writes gets the store's away message, once; the inbox goes on showing what the
 * visitor wrote, and how long they have waited.
 */
class AwayReplyIT {

    @Test
    void a_visitor_writing_while_the_store_is_closed_gets_the_away_message_once() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        String away = Frames.uniqueText("We are closed today; back tomorrow at 9.");
        try {
            closeTheStore(admin, away);

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

    @Test
    void the_away_message_neither_becomes_the_tickets_preview_nor_ends_the_visitors_wait() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        String away = Frames.uniqueText("We are away until Monday.");
        String question = Frames.uniqueText("Is the Ridge 40 waterproof?");
        try {
            closeTheStore(admin, away);

            try (FrameSocket inbox = admin.openInbox();
                    FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
                visitor.send(Frames.visitorHello());
                visitor.next("ready");
                visitor.send(Frames.send(Frames.newClientMessageId(), question));
                List<JsonObject> thread = visitor.nextMessages(3);
                assertThat(Frames.texts(thread)).containsExactly(SettingsApi.DEFAULT_WELCOME, question, away);
                String conversation = thread.get(1).getString("conversationId");

                JsonObject live = inbox.next("ticket", Frames.aboutConversation(conversation))
                        .getJsonObject("ticket");
                JsonObject listed = listedWith(admin, question);
                for (JsonObject ticket : List.of(live, listed)) {
                    assertThat(ticket.getJsonNumber("lastSeq").longValue())
                            .as("the away message is the conversation's last")
                            .isEqualTo(Frames.seq(thread.get(2)));
                    JsonObject last = ticket.getJsonObject("lastMessage");
                    assertThat(last.getString("text"))
                            .as("the preview of %s", ticket)
                            .isEqualTo(question);
                    assertThat(last.getString("author")).isEqualTo("visitor");
                    assertThat(ticket.getString("waitingSince"))
                            .as("the visitor waits from their message on")
                            .isEqualTo(thread.get(1).getString("sentAt"));
                }
            }
        } finally {
            SettingsApi.restore(admin, before);
        }
    }

    /** Closed today and tomorrow (a closure each), whatever the time of day the test runs at. */
    private static void closeTheStore(AgentSession admin, String away) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
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
                                                        .add(today.plusDays(1).toString())))
                        .add("awayMessage", away)
                        .build());
    }

    /** The one ticket the admin's search for {@code text} lists. */
    private static JsonObject listedWith(AgentSession admin, String text) {
        HttpResponse<String> response = ParleyClient.get(
                "/api/v1/tickets?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonArray tickets = ParleyClient.json(response.body()).getJsonArray("tickets");
        assertThat(tickets).as("tickets with %s", text).hasSize(1);
        return tickets.getJsonObject(0);
    }
}
