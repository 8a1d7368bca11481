package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conversation records, the first time the widget says so, that the visitor was shown the store's privacy-policy
 * and terms links, and which ones; agents read it in the ticket detail. Refused and retried frames record nothing.
 */
class LinksShownIT {

    private static final String PRIVACY = "https://shop.example.com/privacy";
    private static final String TERMS = "https://shop.example.com/terms";

    private static AgentSession admin;
    private static JsonObject before;

    @BeforeAll
    static void linkThePolicies() {
        admin = ParleyClient.signInAsAdmin();
        before = SettingsApi.read(admin);
        links(PRIVACY, TERMS);
    }

    @AfterAll
    static void restoreSettings() {
        SettingsApi.restore(admin, before);
    }

    @Test
    void the_first_message_after_the_links_records_them_once_and_agents_see_it() {
        links(PRIVACY, TERMS);
        Instant sentAfter = Instant.now().minusSeconds(1);
        String text = Frames.uniqueText("Do you ship to Norway?");
        try (FrameSocket visitor = hello()) {
            visitor.send(withLinksShown(Frames.send(Frames.newClientMessageId(), text), JsonValue.TRUE));
            String conversationId = visitor.next("ack").getString("conversationId");

            JsonObject shown = linksShown(conversationId, text);
            assertThat(shown.getString("privacyPolicyUrl")).isEqualTo(PRIVACY);
            assertThat(shown.getString("termsUrl")).isEqualTo(TERMS);
            assertThat(Instant.parse(shown.getString("at")))
                    .isAfter(sentAfter)
                    .isBefore(Instant.now().plusSeconds(1));

            // Later showings, even of other links, never overwrite what the visitor saw first.
            links("https://shop.example.com/privacy-2027", null);
            visitor.send(withLinksShown(Frames.send(Frames.newClientMessageId(), "one more thing"), JsonValue.TRUE));
            visitor.next("ack");
            assertThat(linksShown(conversationId, text)).isEqualTo(shown);
        }
    }

    @Test
    void a_conversation_whose_visitor_was_not_shown_the_links_says_null() {
        links(PRIVACY, TERMS);
        String text = Frames.uniqueText("No links here");
        try (FrameSocket visitor = hello()) {
            visitor.send(Frames.send(Frames.newClientMessageId(), text));
            String conversationId = visitor.next("ack").getString("conversationId");

            JsonObject detail = ticketDetail(conversationId, text);
            assertThat(detail.containsKey("linksShown")).as("%s", detail).isTrue();
            assertThat(detail.isNull("linksShown")).as("%s", detail).isTrue();
        }
    }

    @Test
    void only_the_links_the_store_has_are_recorded_and_nothing_when_it_has_none() {
        links(null, TERMS);
        String termsOnly = Frames.uniqueText("terms only");
        try (FrameSocket visitor = hello()) {
            visitor.send(withLinksShown(Frames.send(Frames.newClientMessageId(), termsOnly), JsonValue.TRUE));
            JsonObject shown = linksShown(visitor.next("ack").getString("conversationId"), termsOnly);
            assertThat(shown.containsKey("privacyPolicyUrl")).as("%s", shown).isFalse();
            assertThat(shown.getString("termsUrl")).isEqualTo(TERMS);
        }

        links(null, null);
        String none = Frames.uniqueText("no links at all");
        try (FrameSocket visitor = hello()) {
            visitor.send(withLinksShown(Frames.send(Frames.newClientMessageId(), none), JsonValue.TRUE));
            assertThat(ticketDetail(visitor.next("ack").getString("conversationId"), none)
                            .isNull("linksShown"))
                    .isTrue();
        }
    }

    @Test
    void asking_for_a_person_records_the_links_shown_before() {
        links(PRIVACY, TERMS);
        String text = Frames.uniqueText("I still need help");
        try (FrameSocket visitor = hello()) {
            visitor.send(Json.createObjectBuilder().add("type", "browse").build());
            String id =
                    visitor.next("conversation").getJsonObject("conversation").getString("id");
            visitor.send(Json.createObjectBuilder()
                    .add("type", "live")
                    .add("conversationId", id)
                    .add("linksShown", true)
                    .build());
            assertThat(visitor.next("conversation")
                            .getJsonObject("conversation")
                            .getString("stage"))
                    .isEqualTo("live");
            visitor.send(Frames.send(Frames.newClientMessageId(), text));
            visitor.next("ack");

            JsonObject shown = linksShown(id, text);
            assertThat(shown.getString("privacyPolicyUrl")).isEqualTo(PRIVACY);
            assertThat(shown.getString("termsUrl")).isEqualTo(TERMS);
        }
    }

    @Test
    void links_shown_that_is_not_a_boolean_is_a_malformed_frame_and_changes_nothing() {
        links(PRIVACY, TERMS);
        try (FrameSocket visitor = hello()) {
            visitor.send(withLinksShown(
                    Frames.send(Frames.newClientMessageId(), Frames.uniqueText("yes?")), Json.createValue("yes")));
            assertThat(visitor.next("error").getString("code")).isEqualTo("malformed_frame");
            visitor.noFrameWithin(FrameSocket.QUIET, Set.of("ack", "message"));

            visitor.send(Json.createObjectBuilder().add("type", "browse").build());
            String id =
                    visitor.next("conversation").getJsonObject("conversation").getString("id");
            visitor.send(Json.createObjectBuilder()
                    .add("type", "live")
                    .add("conversationId", id)
                    .add("linksShown", 1)
                    .build());
            assertThat(visitor.next("error").getString("code")).isEqualTo("malformed_frame");
            visitor.noFrameWithin(FrameSocket.QUIET, Set.of("conversation", "message"));

            // The conversation is still browsing and has recorded nothing: its first message says so.
            String text = Frames.uniqueText("after the refusals");
            visitor.send(Frames.send(Frames.newClientMessageId(), text));
            JsonObject ack = visitor.next("ack");
            assertThat(ack.getString("conversationId")).isEqualTo(id);
            assertThat(Frames.seq(ack)).isEqualTo(2);
            assertThat(ticketDetail(id, text).isNull("linksShown")).isTrue();
        }
    }

    @Test
    void a_refused_or_retried_send_records_nothing() {
        links(PRIVACY, TERMS);
        String text = Frames.uniqueText("Hello");
        String clientMessageId = Frames.newClientMessageId();
        try (FrameSocket visitor = hello()) {
            visitor.send(Frames.send(clientMessageId, text));
            JsonObject ack = visitor.next("ack");
            String conversationId = ack.getString("conversationId");

            visitor.send(withLinksShown(Frames.send(Frames.newClientMessageId(), "x".repeat(4_001)), JsonValue.TRUE));
            assertThat(visitor.next("error").getString("code")).isEqualTo("message_too_long");

            visitor.send(withLinksShown(Frames.send(clientMessageId, text), JsonValue.TRUE));
            assertThat(visitor.next("ack", frame -> Frames.seq(frame) == Frames.seq(ack)))
                    .isEqualTo(ack);

            assertThat(ticketDetail(conversationId, text).isNull("linksShown")).isTrue();
        }
    }

    private static FrameSocket hello() {
        FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty());
        visitor.send(Frames.visitorHello());
        visitor.next("ready");
        return visitor;
    }

    private static JsonObject withLinksShown(JsonObject frame, JsonValue linksShown) {
        return Json.createObjectBuilder(frame).add("linksShown", linksShown).build();
    }

    private static void links(String privacyPolicyUrl, String termsUrl) {
        var links = Json.createObjectBuilder();
        links.add("privacyPolicyUrl", privacyPolicyUrl == null ? JsonValue.NULL : Json.createValue(privacyPolicyUrl));
        links.add("termsUrl", termsUrl == null ? JsonValue.NULL : Json.createValue(termsUrl));
        SettingsApi.update(admin, Json.createObjectBuilder().add("links", links).build());
    }

    private static JsonObject linksShown(String conversationId, String text) {
        JsonObject detail = ticketDetail(conversationId, text);
        assertThat(detail.isNull("linksShown"))
                .as("links shown were recorded: %s", detail)
                .isFalse();
        return detail.getJsonObject("linksShown");
    }

    /** The ticket detail of the conversation, as an agent reads it; found by a text unique to the conversation. */
    private static JsonObject ticketDetail(String conversationId, String text) {
        HttpResponse<String> list = ParleyClient.get(
                "/api/v1/tickets?limit=100&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                Optional.of(admin.cookie()));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        String ticketId = json(list.body()).getJsonArray("tickets").stream()
                .map(JsonValue::asJsonObject)
                .filter(ticket -> ticket.getString("conversationId").equals(conversationId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ticket for " + conversationId + ": " + list.body()))
                .getString("id");
        HttpResponse<String> detail = ParleyClient.get("/api/v1/tickets/" + ticketId, Optional.of(admin.cookie()));
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        return json(detail.body());
    }
}
