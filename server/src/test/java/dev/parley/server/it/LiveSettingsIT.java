package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live settings: once a change of the settings is committed, every open widget is told to fetch its configuration
 * again and every open inbox gets the new waiting threshold; a refused change, or one that changes nothing, tells
 * nobody.
 */
class LiveSettingsIT {

    private final AgentSession admin = ParleyClient.signInAsAdmin();
    private AgentSession agent;
    private JsonObject before;

    @BeforeEach
    void remember() {
        before = SettingsApi.read(admin);
        agent = TeamApi.addAndSignIn(admin, "live-settings-it-", "Lou Live", "agent");
    }

    @AfterEach
    void restore() {
        SettingsApi.restore(admin, before);
        TeamApi.remove(admin, agent.id());
    }

    @Test
    void a_committed_change_reaches_every_open_widget_and_inbox() {
        long threshold = before.getJsonNumber("waitingThresholdSeconds").longValue() == 240 ? 300 : 240;
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty());
                FrameSocket inbox = agent.openInbox()) {
            visitor.send(Frames.visitorHello());
            visitor.next("ready");

            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("welcomeMessage", Frames.uniqueText("Live welcome"))
                            .add("waitingThresholdSeconds", threshold)
                            .build());

            assertThat(visitor.next("settings"))
                    .isEqualTo(
                            Json.createObjectBuilder().add("type", "settings").build());
            assertThat(inbox.next("settings"))
                    .isEqualTo(Json.createObjectBuilder()
                            .add("type", "settings")
                            .add("waitingThresholdSeconds", threshold)
                            .build());
        }
    }

    @Test
    void a_widget_that_has_not_said_hello_yet_is_told_too() {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("welcomeMessage", Frames.uniqueText("Before hello"))
                            .build());

            visitor.next("settings");
        }
    }

    @Test
    void a_refused_change_or_one_that_changes_nothing_tells_nobody() {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty());
                FrameSocket inbox = agent.openInbox()) {
            visitor.send(Frames.visitorHello());
            visitor.next("ready");

            assertProblem(
                    SettingsApi.put(
                            admin,
                            Json.createObjectBuilder()
                                    .add("welcomeMessage", "Refused with the rest")
                                    .add("appearance", SettingsApi.design("green", "chat", "right", ""))
                                    .build()),
                    400,
                    "invalid_colour");
            assertProblem(
                    SettingsApi.put(
                            Optional.of(agent.cookie()),
                            Optional.of(agent.csrfToken()),
                            "{\"welcomeMessage\":\"Not an admin\"}"),
                    403,
                    "admins_only");
            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("welcomeMessage", before.getString("welcomeMessage"))
                            .build());

            visitor.noFrameWithin(FrameSocket.QUIET, "settings", frame -> true);
            inbox.noFrameWithin(FrameSocket.QUIET, "settings", frame -> true);
            assertThat(SettingsApi.read(admin).getString("welcomeMessage"))
                    .isEqualTo(before.getString("welcomeMessage"));
        }
    }
}
