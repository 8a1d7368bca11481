package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Events API: the store sets its users' profiles and records events in their history, idempotently by its own
 * event id; refused requests change nothing; every inbox hears of the change.
 */
class EventsApiIT {

    private static AgentSession admin;
    private static String key;

    @BeforeAll
    static void createKey() {
        admin = ParleyClient.signInAsAdmin();
        key = EventsApi.createKey(admin).getString("secret");
    }

    @Test
    void a_profile_is_created_then_replaced_as_a_whole() {
        String user = EventsApi.newUser();
        HttpResponse<String> created = EventsApi.putProfile(
                key,
                user,
                Json.createObjectBuilder()
                        .add("name", "Ada Lovelace")
                        .add("email", "ada@example.com")
                        .add("phone", "+44 20 7946 0000")
                        .add("location", "London, UK")
                        .add(
                                "properties",
                                Json.createObjectBuilder()
                                        .add("plan", "gold")
                                        .add("orders", 12)
                                        .add("vip", true))
                        .build()
                        .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject profile = ParleyClient.json(created.body());
        assertThat(profile.getString("externalUserId")).isEqualTo(user);
        assertThat(profile.getBoolean("identified")).isTrue();
        assertThat(profile.getString("displayName")).isEqualTo("Ada Lovelace");
        assertThat(profile.getJsonObject("properties").getInt("orders")).isEqualTo(12);
        assertThat(profile.getJsonObject("properties").getBoolean("vip")).isTrue();

        HttpResponse<String> replaced = EventsApi.putProfile(key, user, "{\"name\":\"Ada King\"}");
        assertThat(replaced.statusCode()).isEqualTo(200);
        JsonObject now = ParleyClient.json(replaced.body());
        assertThat(now.getString("profileId")).isEqualTo(profile.getString("profileId"));
        assertThat(now.getString("visitorId")).isEqualTo(profile.getString("visitorId"));
        assertThat(now.getString("name")).isEqualTo("Ada King");
        assertThat(now.containsKey("email")).isFalse();
        assertThat(now.getJsonObject("properties")).isEmpty();
    }

    @Test
    void a_refused_profile_changes_nothing() {
        String user = EventsApi.newUser();
        assertThat(EventsApi.putProfile(key, user, "{\"name\":\"Grace\",\"properties\":{\"plan\":\"gold\"}}")
                        .statusCode())
                .isEqualTo(201);
        JsonObjectBuilder tooMany = Json.createObjectBuilder();
        for (int i = 0; i < 51; i++) {
            tooMany.add("p" + i, i);
        }
        refused(
                EventsApi.putProfile(
                        key,
                        user,
                        Json.createObjectBuilder()
                                .add("properties", tooMany)
                                .build()
                                .toString()),
                400,
                "too_many_properties");
        refused(EventsApi.putProfile(key, user, "{\"properties\":{\"bad key\":1}}"), 400, "invalid_property_key");
        refused(
                EventsApi.putProfile(key, user, "{\"properties\":{\"k\":\"" + "x".repeat(1001) + "\"}}"),
                400,
                "property_value_too_long");
        refused(EventsApi.putProfile(key, user, "{\"properties\":{\"items\":[1,2]}}"), 400, "invalid_property_value");
        refused(EventsApi.putProfile(key, user, "{\"email\":\"nope\"}"), 400, "invalid_email");
        refused(EventsApi.putProfile(key, user, "{\"name\":42}"), 400, "malformed_body");
        refused(EventsApi.putProfile(key, user, "not json"), 400, "malformed_body");
        refused(EventsApi.putProfile(key, "x".repeat(201), "{}"), 400, "invalid_external_user_id");

        HttpResponse<String> same =
                EventsApi.putProfile(key, user, "{\"name\":\"Grace\",\"properties\":{\"plan\":" + "\"gold\"}}");
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(ParleyClient.json(same.body()).getString("updatedAt"))
                .as("nothing changed since creation")
                .isEqualTo(ParleyClient.json(same.body()).getString("createdAt"));
    }

    @Test
    void an_event_is_recorded_once_and_a_reused_id_is_refused() {
        String user = EventsApi.newUser();
        JsonObject order = EventsApi.event(
                "order-1001",
                "Placed Order",
                "2026-11-20T08:00:00Z",
                Json.createObjectBuilder()
                        .add("value", 129.9)
                        .add("currency", "EUR")
                        .add(
                                "items",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("sku", "A-1")
                                                .add("qty", 2)))
                        .build());

        HttpResponse<String> created = EventsApi.postEvent(key, user, order.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject stored = ParleyClient.json(created.body());
        assertThat(stored.getString("id")).isEqualTo("order-1001");
        assertThat(stored.getString("occurredAt")).isEqualTo("2026-11-20T08:00:00Z");
        assertThat(stored.getJsonObject("properties")
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("sku"))
                .isEqualTo("A-1");

        // The same event again, in another key order and without the time: the stored one, nothing new.
        HttpResponse<String> retry = EventsApi.postEvent(
                key,
                user,
                "{\"properties\":{\"items\":[{\"qty\":2,"
                        + "\"sku\":\"A-1\"}],\"currency\":\"EUR\",\"value\":129.9},\"name\":\"Placed Order\","
                        + "\"id\":\"order-1001\"}");
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(ParleyClient.json(retry.body())).isEqualTo(stored);

        refused(
                EventsApi.postEvent(
                        key,
                        user,
                        EventsApi.event(
                                        "order-1001",
                                        "Placed Order",
                                        "2026-11-20T08:00:00Z",
                                        Json.createObjectBuilder()
                                                .add("value", 5)
                                                .build())
                                .toString()),
                409,
                "event_id_reused");
        assertThat(history(stored.getString("profileId"), ""))
                .singleElement()
                .satisfies(event -> assertThat(event).isEqualTo(stored));
    }

    @Test
    void bad_and_oversized_events_are_refused_and_record_nothing() {
        String user = EventsApi.newUser();
        JsonObject first = ParleyClient.json(EventsApi.postEvent(
                        key,
                        user,
                        EventsApi.event(
                                        "e-0",
                                        "Signed Up",
                                        null,
                                        Json.createObjectBuilder().build())
                                .toString())
                .body());
        String profileId = first.getString("profileId");

        refused(EventsApi.postEvent(key, user, "{\"name\":\"No id\"}"), 400, "missing_field");
        refused(
                EventsApi.postEvent(key, user, "{\"id\":\"" + "x".repeat(101) + "\",\"name\":\"Long id\"}"),
                400,
                "invalid_event_id");
        refused(
                EventsApi.postEvent(key, user, "{\"id\":\"e-1\",\"name\":\"" + "n".repeat(101) + "\"}"),
                400,
                "invalid_event_name");
        refused(
                EventsApi.postEvent(key, user, "{\"id\":\"e-1\",\"name\":\"Late\",\"occurredAt\":\"yesterday\"}"),
                400,
                "invalid_occurred_at");
        refused(
                EventsApi.postEvent(key, user, "{\"id\":\"e-1\",\"name\":\"List\",\"properties\":[1]}"),
                400,
                "malformed_body");
        refused(
                EventsApi.postEvent(
                        key,
                        user,
                        EventsApi.event(
                                        "e-1",
                                        "Huge",
                                        null,
                                        Json.createObjectBuilder()
                                                .add("blob", "x".repeat(17 * 1024))
                                                .build())
                                .toString()),
                413,
                "event_properties_too_large");
        refused(
                EventsApi.postEvent(
                        key,
                        user,
                        EventsApi.event(
                                        "e-1",
                                        "Enormous",
                                        null,
                                        Json.createObjectBuilder()
                                                .add("blob", "x".repeat(64 * 1024))
                                                .build())
                                .toString()),
                413,
                "body_too_large");

        assertThat(history(profileId, ""))
                .extracting(event -> event.getString("id"))
                .containsExactly("e-0");
    }

    @Test
    void the_history_comes_newest_first_in_pages() {
        String user = EventsApi.newUser();
        String profileId = null;
        for (int day = 1; day <= 5; day++) {
            HttpResponse<String> created = EventsApi.postEvent(
                    key,
                    user,
                    EventsApi.event(
                                    "visit-" + day,
                                    "Viewed Page",
                                    "2026-11-0" + day + "T12:00:00Z",
                                    Json.createObjectBuilder().add("day", day).build())
                            .toString());
            assertThat(created.statusCode()).isEqualTo(201);
            profileId = ParleyClient.json(created.body()).getString("profileId");
        }
        String base = "/api/v1/profiles/" + profileId + "/events";
        JsonObject first =
                ParleyClient.json(EventsApi.getAsAgent(base + "?limit=2", admin).body());
        JsonObject second =
                ParleyClient.json(EventsApi.getAsAgent(base + "?limit=2&before=" + first.getString("nextCursor"), admin)
                        .body());
        JsonObject last = ParleyClient.json(
                EventsApi.getAsAgent(base + "?limit=2&before=" + second.getString("nextCursor"), admin)
                        .body());

        assertThat(ids(first)).containsExactly("visit-5", "visit-4");
        assertThat(ids(second)).containsExactly("visit-3", "visit-2");
        assertThat(ids(last)).containsExactly("visit-1");
        assertThat(last.containsKey("nextCursor")).isFalse();
        refused(EventsApi.getAsAgent(base + "?limit=0", admin), 400, "invalid_limit");
        refused(EventsApi.getAsAgent(base + "?limit=101", admin), 400, "invalid_limit");
        refused(EventsApi.getAsAgent(base + "?before=bogus", admin), 400, "invalid_cursor");
        refused(EventsApi.getAsAgent("/api/v1/profiles/not-an-id/events", admin), 404, "profile_not_found");
        assertThat(ParleyClient.get(base).statusCode()).isEqualTo(401);
    }

    @Test
    void every_inbox_hears_of_a_new_event_after_it_is_committed() {
        String user = EventsApi.newUser();
        JsonObject profile = ParleyClient.json(
                EventsApi.putProfile(key, user, "{\"name\":\"Live\"}").body());
        String profileId = profile.getString("profileId");
        try (FrameSocket inbox = admin.openInbox()) {
            HttpResponse<String> created = EventsApi.postEvent(
                    key,
                    user,
                    EventsApi.event(
                                    "o-1",
                                    "Placed Order",
                                    null,
                                    Json.createObjectBuilder().add("value", 10).build())
                            .toString());
            assertThat(created.statusCode()).isEqualTo(201);

            JsonObject frame = inbox.next(
                    "profile", candidate -> profileId.equals(candidate.getString("profileId")), Duration.ofSeconds(2));
            assertThat(frame.getString("visitorId")).isEqualTo(profile.getString("visitorId"));

            // A repeat changes nothing, so nobody is told.
            EventsApi.postEvent(
                    key,
                    user,
                    EventsApi.event(
                                    "o-1",
                                    "Placed Order",
                                    null,
                                    Json.createObjectBuilder().add("value", 10).build())
                            .toString());
            inbox.noFrameWithin(
                    FrameSocket.QUIET, "profile", candidate -> profileId.equals(candidate.getString("profileId")));
        }
    }

    private static List<JsonObject> history(String profileId, String query) {
        HttpResponse<String> page = EventsApi.getAsAgent("/api/v1/profiles/" + profileId + "/events" + query, admin);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return ParleyClient.json(page.body()).getJsonArray("events").getValuesAs(JsonObject.class);
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(event -> event.getString("id"))
                .toList();
    }

    private static void refused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ParleyClient.contentType(response)).startsWith("application/problem+json");
        assertThat(ParleyClient.json(response.body()).getString("code")).isEqualTo(code);
    }
}
