package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inbox's sidebar: the profile of a ticket's visitor. A store user's profile is what the store sent through the
 * Events API, found by the same user id the widget signs; an anonymous visitor's is what the widget reported in its
 * first hello.
 */
class TicketProfileIT {

    private static final String SECRET = "it-profile-secret-" + UUID.randomUUID();

    private static AgentSession admin;
    private static JsonObject before;

    @BeforeAll
    static void setSecret() {
        admin = ParleyClient.signInAsAdmin();
        before = SettingsApi.read(admin);
        SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add(
                                "identityVerification",
                                Json.createObjectBuilder()
                                        .add("enforced", false)
                                        .add("secret", SECRET))
                        .build());
    }

    @AfterAll
    static void restoreSettings() {
        SettingsApi.restore(admin, before);
    }

    @Test
    void a_store_user_s_ticket_shows_the_store_s_profile_and_their_other_tickets() {
        String user = EventsApi.newUser();
        String key = EventsApi.createKey(admin).getString("secret");
        JsonObject stored = ParleyClient.json(EventsApi.putProfile(
                        key,
                        user,
                        Json.createObjectBuilder()
                                .add("name", "Ada Lovelace")
                                .add("email", "ada@example.com")
                                .add("location", "London")
                                .add("properties", Json.createObjectBuilder().add("plan", "gold"))
                                .build()
                                .toString())
                .body());

        String firstText = Frames.uniqueText("my first order");
        String secondText = Frames.uniqueText("my second order");
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.identifiedHello(user, sign(user)));
            JsonObject ready = visitor.next("ready");
            assertThat(ready.getString("visitorId"))
                    .as("the visitor the store created")
                    .isEqualTo(stored.getString("visitorId"));
            visitor.send(Frames.send(Frames.newClientMessageId(), firstText));
            String first = visitor.next("ack").getString("conversationId");
            visitor.send(Json.createObjectBuilder()
                    .add("type", "end")
                    .add("conversationId", first)
                    .build());
            visitor.next("conversation");
            visitor.send(Frames.send(Frames.newClientMessageId(), secondText));
            assertThat(visitor.next("ack").getString("conversationId")).isNotEqualTo(first);
        }
        JsonObject firstTicket = ticketWith(firstText);
        JsonObject secondTicket = ticketWith(secondText);
        assertThat(secondTicket.getString("visitorName")).isEqualTo("Ada Lovelace");

        JsonObject sidebar = sidebar(secondTicket.getString("id"));
        JsonObject profile = sidebar.getJsonObject("profile");
        assertThat(profile.getString("profileId")).isEqualTo(stored.getString("profileId"));
        assertThat(profile.getBoolean("identified")).isTrue();
        assertThat(profile.getString("externalUserId")).isEqualTo(user);
        assertThat(profile.getString("displayName")).isEqualTo("Ada Lovelace");
        assertThat(profile.getString("email")).isEqualTo("ada@example.com");
        assertThat(profile.getString("location")).isEqualTo("London");
        assertThat(profile.getJsonObject("properties").getString("plan")).isEqualTo("gold");
        assertThat(sidebar.getJsonArray("otherTickets").getValuesAs(JsonObject.class))
                .extracting(ticket -> ticket.getString("id"))
                .containsExactly(firstTicket.getString("id"));
        assertThat(sidebar.getJsonArray("otherTickets").getJsonObject(0).getString("status"))
                .isEqualTo("closed");
    }

    @Test
    void an_anonymous_visitor_s_ticket_shows_the_first_locale_and_page() {
        String text = Frames.uniqueText("do you ship to Poland?");
        String token;
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Json.createObjectBuilder(Frames.visitorHello())
                    .add("locale", "pl-PL")
                    .add("page", "https://shop.example.com/shoes?size=42")
                    .build());
            token = visitor.next("ready").getString("token");
            visitor.send(Frames.send(Frames.newClientMessageId(), text));
            visitor.next("ack");
        }
        try (FrameSocket again = FrameSocket.open("/ws/visitor", Optional.empty())) {
            again.send(Json.createObjectBuilder()
                    .add("type", "hello")
                    .add("token", token)
                    .add("locale", "en-GB")
                    .add("page", "https://shop.example.com/hats")
                    .build());
            again.next("ready");
        }
        JsonObject ticket = ticketWith(text);

        JsonObject profile = sidebar(ticket.getString("id")).getJsonObject("profile");
        assertThat(profile.getBoolean("identified")).isFalse();
        assertThat(profile.containsKey("externalUserId")).isFalse();
        assertThat(profile.containsKey("displayName")).isFalse();
        assertThat(ticket.containsKey("visitorName"))
                .as("an unnamed visitor has no name, only a code")
                .isFalse();
        assertThat(profile.getString("visitorCode"))
                .isEqualTo(ticket.getString("visitorCode"))
                .matches("[0-9A-F]{4}");
        assertThat(profile.getString("locale")).isEqualTo("pl-PL");
        assertThat(profile.getString("firstPage")).isEqualTo("https://shop.example.com/shoes?size=42");
        assertThat(sidebar(ticket.getString("id")).getJsonArray("otherTickets")).isEmpty();
    }

    @Test
    void a_hello_with_a_bad_locale_or_page_is_refused_and_the_connection_stays_not_ready() {
        for (JsonObject hello : new JsonObject[] {
            Json.createObjectBuilder(Frames.visitorHello())
                    .add("locale", "<script>")
                    .build(),
            Json.createObjectBuilder(Frames.visitorHello())
                    .add("locale", "x".repeat(36))
                    .build(),
            Json.createObjectBuilder(Frames.visitorHello())
                    .add("page", "javascript:alert(1)")
                    .build(),
            Json.createObjectBuilder(Frames.visitorHello())
                    .add("page", "/relative")
                    .build(),
            Json.createObjectBuilder(Frames.visitorHello()).add("locale", 7).build()
        }) {
            try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
                visitor.send(hello);
                assertThat(visitor.next("error").getString("code"))
                        .as("%s", hello)
                        .isEqualTo("malformed_frame");
                visitor.noFrameWithin(FrameSocket.QUIET, Set.of("ready"));
                visitor.send(Frames.send(Frames.newClientMessageId(), "sneaking in"));
                assertThat(visitor.next("error").getString("code")).isEqualTo("not_ready");
            }
        }
    }

    @Test
    void an_unknown_ticket_has_no_sidebar() {
        HttpResponse<String> missing = EventsApi.getAsAgent("/api/v1/tickets/" + UUID.randomUUID() + "/profile", admin);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ParleyClient.get("/api/v1/tickets/" + UUID.randomUUID() + "/profile")
                        .statusCode())
                .isEqualTo(401);
    }

    private static JsonObject sidebar(String ticketId) {
        HttpResponse<String> answer = EventsApi.getAsAgent("/api/v1/tickets/" + ticketId + "/profile", admin);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ParleyClient.json(answer.body());
    }

    private static JsonObject ticketWith(String text) {
        HttpResponse<String> list =
                EventsApi.getAsAgent("/api/v1/tickets?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), admin);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return ParleyClient.json(list.body()).getJsonArray("tickets").getJsonObject(0);
    }

    private static String sign(String userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
