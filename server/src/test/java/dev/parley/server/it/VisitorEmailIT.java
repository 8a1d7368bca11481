package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A visitor gives their email address with the {@code contact} frame: it is kept on their profile, the inbox's profile
 * shows it under its own field, the next {@code ready} says Parley knows an address, and bad addresses are refused
 * without changing anything.
 */
class VisitorEmailIT {

    private static JsonObject contact(String email) {
        return Json.createObjectBuilder()
                .add("type", "contact")
                .add("email", email)
                .build();
    }

    private static JsonObject profileOf(AgentSession agent, String text) {
        HttpResponse<String> page = ParleyClient.get(
                "/api/v1/tickets?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), Optional.of(agent.cookie()));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String id = json(page.body()).getJsonArray("tickets").getJsonObject(0).getString("id");
        HttpResponse<String> profile =
                ParleyClient.get("/api/v1/tickets/" + id + "/profile", Optional.of(agent.cookie()));
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        return json(profile.body()).getJsonObject("profile");
    }

    @Test
    void the_address_a_visitor_gives_is_kept_on_their_profile_and_shown_to_agents() {
        AgentSession agent = ParleyClient.signInAsAdmin();
        String text = Frames.uniqueText("Is the blue one back in stock?");
        StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), text);
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            assertThat(visitor.next("ready").containsKey("emailKnown")).isFalse();

            visitor.send(contact("  anna@example.com "));

            JsonObject answer = visitor.next("contact");
            assertThat(answer.getBoolean("emailKnown")).isTrue();
            assertThat(answer.getString("email")).isEqualTo("anna@example.com");
            assertThat(answer.getBoolean("storeEmail")).isFalse();
        }
        JsonObject profile = profileOf(agent, text);
        assertThat(profile.getString("visitorEmail")).isEqualTo("anna@example.com");
        assertThat(profile.containsKey("email"))
                .as("the store's field stays the store's")
                .isFalse();
        try (FrameSocket again = FrameSocket.open("/ws/visitor", Optional.empty())) {
            again.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            assertThat(again.next("ready").getBoolean("emailKnown")).isTrue();
        }
    }

    @Test
    void a_bad_address_is_refused_and_changes_nothing() {
        AgentSession agent = ParleyClient.signInAsAdmin();
        String text = Frames.uniqueText("Do you ship to Norway?");
        StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), text);
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            visitor.next("ready");
            visitor.send(contact("ola@example.pl"));
            visitor.next("contact");

            for (String bad : new String[] {"ola.example.pl", "   ", "o la@example.pl", "x".repeat(250) + "@e.pl"}) {
                visitor.send(contact(bad));
                assertThat(visitor.next("error").getString("code")).as(bad).isEqualTo("invalid_email");
            }
            visitor.send(Json.createObjectBuilder().add("type", "contact").build());
            assertThat(visitor.next("error").getString("code")).isEqualTo("malformed_frame");
        }
        assertThat(profileOf(agent, text).getString("visitorEmail")).isEqualTo("ola@example.pl");
    }

    @Test
    void a_visitor_must_say_hello_before_giving_an_address() {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(contact("anna@example.com"));
            assertThat(visitor.next("error").getString("code")).isEqualTo("not_ready");
        }
    }
}
