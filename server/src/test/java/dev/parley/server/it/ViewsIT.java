package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Saved views over REST: personal views for every agent, shared ones only admins change; another agent's personal
 * view is not found; the limit holds at its edge; every refusal changes nothing.
 */
class ViewsIT {

    private static final String VIEWS = "/api/v1/views";

    private final AgentSession admin = ParleyClient.signInAsAdmin();

    @Test
    void an_agent_saves_renames_and_deletes_a_personal_view_that_only_they_see() {
        AgentSession bea = newAgent("Bea Views");
        AgentSession cid = newAgent("Cid Views");
        String tag = UUID.randomUUID().toString();

        HttpResponse<String> saved = send(
                "POST", VIEWS, viewBody("  My VIP chats ", null, filter("open", "mine", "chat", tag, "refund")), bea);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        JsonObject view = json(saved.body());
        String id = view.getString("id");
        assertThat(view.keySet()).containsExactlyInAnyOrder("id", "name", "shared", "editable", "filter", "updatedAt");
        assertThat(view.getString("name")).isEqualTo("My VIP chats");
        assertThat(view.getBoolean("shared")).isFalse();
        assertThat(view.getBoolean("editable")).isTrue();
        assertThat(view.getJsonObject("filter"))
                .isEqualTo(Json.createObjectBuilder()
                        .add("status", "open")
                        .add("assignee", "mine")
                        .add("channel", "chat")
                        .add("tag", tag)
                        .add("q", "refund")
                        .build());
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(VIEWS + "/" + id);
        assertThat(list(bea)).containsExactly(view);
        assertThat(list(cid)).extracting(v -> v.getString("id")).doesNotContain(id);
        assertThat(list(admin)).extracting(v -> v.getString("id")).doesNotContain(id);

        HttpResponse<String> renamed =
                send("PUT", VIEWS + "/" + id, viewBody("Everything", null, Json.createObjectBuilder()), bea);
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(json(renamed.body()).getString("name")).isEqualTo("Everything");
        assertThat(json(renamed.body()).getJsonObject("filter"))
                .isEqualTo(Json.createObjectBuilder().add("assignee", "all").build());

        assertThat(send("DELETE", VIEWS + "/" + id, null, bea).statusCode()).isEqualTo(204);
        assertThat(list(bea)).isEmpty();
        assertProblem(send("DELETE", VIEWS + "/" + id, null, bea), 404, "view_not_found");
    }

    @Test
    void another_agents_personal_view_is_not_found_and_shared_views_are_only_for_admins_to_change() {
        AgentSession bea = newAgent("Bea Shared");
        AgentSession cid = newAgent("Cid Shared");
        String beas = save(bea, "Bea's own", false);
        String shared = save(admin, "Team queue " + UUID.randomUUID(), true);
        String beforeBea = listBody(bea);
        String beforeAdmin = listBody(admin);

        JsonObject seen = list(cid).stream()
                .filter(v -> v.getString("id").equals(shared))
                .findFirst()
                .orElseThrow();
        assertThat(seen.getBoolean("shared")).isTrue();
        assertThat(seen.getBoolean("editable")).isFalse();

        String body = viewBody("Taken over", null, Json.createObjectBuilder());
        assertProblem(send("PUT", VIEWS + "/" + beas, body, cid), 404, "view_not_found");
        assertProblem(send("DELETE", VIEWS + "/" + beas, null, cid), 404, "view_not_found");
        assertProblem(send("DELETE", VIEWS + "/" + beas, null, admin), 404, "view_not_found");
        assertProblem(send("PUT", VIEWS + "/" + shared, body, cid), 403, "admins_only");
        assertProblem(send("DELETE", VIEWS + "/" + shared, null, bea), 403, "admins_only");
        assertProblem(send("POST", VIEWS, viewBody("Ours", true, Json.createObjectBuilder()), cid), 403, "admins_only");
        assertProblem(ParleyClient.get(VIEWS), 401, "not_signed_in");
        assertProblem(send("POST", VIEWS, body, null, null), 401, "not_signed_in");
        assertProblem(send("POST", VIEWS, body, bea.cookie(), null), 403, "csrf_token_invalid");

        assertThat(listBody(bea)).isEqualTo(beforeBea);
        assertThat(listBody(admin)).isEqualTo(beforeAdmin);
        assertThat(send("DELETE", VIEWS + "/" + shared, null, admin).statusCode())
                .isEqualTo(204);
    }

    @Test
    void bad_views_are_refused_and_change_nothing() {
        AgentSession bea = newAgent("Bea Bad");
        String id = save(bea, "Kept", false);
        String before = listBody(bea);

        assertProblem(
                send("POST", VIEWS, viewBody(" ", null, Json.createObjectBuilder()), bea), 400, "invalid_view_name");
        assertProblem(
                send("POST", VIEWS, viewBody("x".repeat(61), null, Json.createObjectBuilder()), bea),
                400,
                "invalid_view_name");
        assertProblem(
                send("POST", VIEWS, viewBody("Bad", null, filter("pending", null, null, null, null)), bea),
                400,
                "invalid_view_filter");
        assertProblem(
                send("POST", VIEWS, viewBody("Bad", null, filter(null, "theirs", null, null, null)), bea),
                400,
                "invalid_view_filter");
        assertProblem(
                send("POST", VIEWS, viewBody("Bad", null, filter(null, null, null, "not-a-tag", null)), bea),
                400,
                "invalid_view_filter");
        assertProblem(
                send("PUT", VIEWS + "/" + id, viewBody("Bad", null, filter(null, null, "fax", null, null)), bea),
                400,
                "invalid_view_filter");
        assertProblem(send("POST", VIEWS, "{\"filter\":{}}", bea), 400, "missing_field");
        assertProblem(
                send("PUT", VIEWS + "/not-an-id", viewBody("X", null, Json.createObjectBuilder()), bea),
                404,
                "view_not_found");

        assertThat(listBody(bea)).isEqualTo(before);
        // A name of exactly 60 characters is fine.
        save(bea, "y".repeat(60), false);
    }

    @Test
    void an_agent_keeps_at_most_fifty_personal_views() {
        AgentSession bea = newAgent("Bea Many");
        for (int i = 1; i <= 50; i++) {
            save(bea, "View " + i, false);
        }
        String before = listBody(bea);

        assertProblem(
                send("POST", VIEWS, viewBody("View 51", null, Json.createObjectBuilder()), bea), 409, "too_many_views");

        assertThat(listBody(bea)).isEqualTo(before);
        // Another agent still has room.
        save(newAgent("Cid Room"), "Mine", false);
    }

    private String save(AgentSession caller, String name, boolean shared) {
        HttpResponse<String> saved = send("POST", VIEWS, viewBody(name, shared, Json.createObjectBuilder()), caller);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        return json(saved.body()).getString("id");
    }

    private AgentSession newAgent(String name) {
        return TeamApi.addAndSignIn(admin, "views-it-", name, "agent");
    }

    private static List<JsonObject> list(AgentSession caller) {
        return ParleyClient.jsonArray(listBody(caller)).getValuesAs(JsonObject.class);
    }

    private static String listBody(AgentSession caller) {
        HttpResponse<String> response = ParleyClient.get(VIEWS, Optional.of(caller.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonObjectBuilder filter(String status, String assignee, String channel, String tag, String q) {
        JsonObjectBuilder filter = Json.createObjectBuilder();
        if (status != null) {
            filter.add("status", status);
        }
        if (assignee != null) {
            filter.add("assignee", assignee);
        }
        if (channel != null) {
            filter.add("channel", channel);
        }
        if (tag != null) {
            filter.add("tag", tag);
        }
        if (q != null) {
            filter.add("q", q);
        }
        return filter;
    }

    private static String viewBody(String name, Boolean shared, JsonObjectBuilder filter) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name).add("filter", filter);
        if (shared != null) {
            body.add("shared", shared);
        }
        return body.build().toString();
    }

    private static HttpResponse<String> send(String method, String path, String jsonBody, AgentSession caller) {
        return send(method, path, jsonBody, caller.cookie(), caller.csrfToken());
    }

    private static HttpResponse<String> send(
            String method, String path, String jsonBody, String cookie, String csrfToken) {
        return ParleyClient.send(method, path, jsonBody, cookie, csrfToken);
    }
}
