package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tags over REST and on the agent WebSocket: admins keep the list, every agent tags tickets (closed ones too), the
 * ticket list filters by tag, every refusal changes nothing, and every change reaches the open inboxes.
 */
class TagsIT {

    private static final String TAGS = "/api/v1/tags";

    private final AgentSession admin = ParleyClient.signInAsAdmin();
    /** The tags a test added, deleted after it: the store keeps a limited number, and test databases are reused. */
    private final List<String> addedIds = new ArrayList<>();

    @AfterEach
    void delete_the_tags_this_test_added() {
        for (String id : addedIds) {
            int status = send("DELETE", TAGS + "/" + id, null, admin).statusCode();
            assertThat(status).isIn(204, 404);
        }
    }

    @Test
    void an_admin_adds_renames_recolours_and_deletes_a_tag_and_every_agent_lists_it_by_name() {
        AgentSession agent = newAgent("Tia Agent");
        String name = unique("Vip");

        HttpResponse<String> added = send("POST", TAGS, tagBody("  " + name + " ", "purple"), admin);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject tag = json(added.body());
        String id = tag.getString("id");
        addedIds.add(id);
        assertThat(tag.keySet()).containsExactlyInAnyOrder("id", "name", "colour", "updatedAt");
        assertThat(tag.getString("name")).isEqualTo(name);
        assertThat(tag.getString("colour")).isEqualTo("purple");
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(TAGS + "/" + id);
        for (AgentSession caller : List.of(agent, admin)) {
            List<JsonObject> listed = list(caller);
            assertThat(listed).contains(tag);
            assertThat(listed)
                    .extracting(t -> t.getString("name").toLowerCase(Locale.ROOT))
                    .isSortedAccordingTo(String::compareTo);
        }

        HttpResponse<String> revised =
                send("PUT", TAGS + "/" + id, tagBody(name.toUpperCase(Locale.ROOT), "teal"), admin);
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(json(revised.body()).getString("name")).isEqualTo(name.toUpperCase(Locale.ROOT));
        assertThat(json(revised.body()).getString("colour")).isEqualTo("teal");
        assertThat(list(agent)).contains(json(revised.body())).doesNotContain(tag);

        HttpResponse<String> audit = ParleyClient.get("/api/v1/audit?limit=5", Optional.of(admin.cookie()));
        assertThat(audit.body()).contains("\"tag.revised\"", "\"tag.added\"", id);

        assertThat(send("DELETE", TAGS + "/" + id, null, admin).statusCode()).isEqualTo(204);
        assertThat(list(agent)).extracting(t -> t.getString("id")).doesNotContain(id);
        assertProblem(send("DELETE", TAGS + "/" + id, null, admin), 404, "tag_not_found");
    }

    @Test
    void only_admins_with_the_csrf_token_change_tags_and_refusals_change_nothing() {
        AgentSession agent = newAgent("Cal Agent");
        String id = addTag(unique("Kept"), "green");
        String body = tagBody(unique("Agent's"), "red");
        String before = listBody();

        assertProblem(ParleyClient.get(TAGS), 401, "not_signed_in");
        assertProblem(send("POST", TAGS, body, null, null), 401, "not_signed_in");
        assertProblem(send("POST", TAGS, body, agent), 403, "admins_only");
        assertProblem(send("PUT", TAGS + "/" + id, body, agent), 403, "admins_only");
        assertProblem(send("DELETE", TAGS + "/" + id, null, agent), 403, "admins_only");
        assertProblem(send("POST", TAGS, body, admin.cookie(), null), 403, "csrf_token_invalid");
        assertProblem(send("DELETE", TAGS + "/" + id, null, admin.cookie(), "nope"), 403, "csrf_token_invalid");

        assertThat(listBody()).isEqualTo(before);
    }

    @Test
    void bad_tags_are_refused_with_a_problem_and_change_nothing() {
        String name = unique("Refund");
        String id = addTag(name, "red");
        String other = addTag(unique("Other"), "blue");
        String before = listBody();

        assertProblem(send("POST", TAGS, tagBody(name.toUpperCase(Locale.ROOT), "grey"), admin), 409, "tag_name_taken");
        assertProblem(send("PUT", TAGS + "/" + other, tagBody(" " + name + " ", "grey"), admin), 409, "tag_name_taken");
        assertProblem(send("POST", TAGS, tagBody(" ", "grey"), admin), 400, "invalid_tag_name");
        assertProblem(send("POST", TAGS, tagBody("x".repeat(41), "grey"), admin), 400, "invalid_tag_name");
        assertProblem(send("POST", TAGS, tagBody(unique("Colour"), "#ff0000"), admin), 400, "invalid_tag_colour");
        assertProblem(send("POST", TAGS, "{\"name\":\"No colour\"}", admin), 400, "missing_field");
        assertProblem(send("POST", TAGS, "{\"name\":", admin), 400, "malformed_body");
        assertProblem(
                send("PUT", TAGS + "/" + UUID.randomUUID(), tagBody("Ghost", "red"), admin), 404, "tag_not_found");
        assertProblem(send("PUT", TAGS + "/not-an-id", tagBody("Ghost", "red"), admin), 404, "tag_not_found");

        assertThat(listBody()).isEqualTo(before);
        // A name of exactly 40 characters is fine.
        addTag(UUID.randomUUID().toString().substring(0, 4) + "x".repeat(36), "grey");
        assertThat(id).isNotBlank();
    }

    @Test
    void an_agent_tags_a_ticket_the_other_inbox_sees_it_live_and_the_list_filters_by_tag() {
        AgentSession agent = newAgent("Tag Agent");
        AgentSession watcher = newAgent("Watch Agent");
        String vip = addTag(unique("VIP"), "purple");
        String refund = addTag(unique("Refund"), "red");
        String tagged = newTicket();
        String untagged = newTicket();

        try (FrameSocket inbox = watcher.openInbox()) {
            HttpResponse<String> added = tag(tagged, vip, agent);
            assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
            assertThat(json(added.body()).getJsonArray("tags").getJsonObject(0).getString("id"))
                    .isEqualTo(vip);
            JsonObject frame = inbox.next(
                    "ticket", f -> f.getJsonObject("ticket").getString("id").equals(tagged));
            JsonObject shown =
                    frame.getJsonObject("ticket").getJsonArray("tags").getJsonObject(0);
            assertThat(shown.getString("id")).isEqualTo(vip);
            assertThat(shown.getString("colour")).isEqualTo("purple");
            assertThat(shown.keySet()).containsExactlyInAnyOrder("id", "name", "colour");

            // Tagging twice is no error, and no news.
            assertThat(tag(tagged, vip, agent).statusCode()).isEqualTo(200);
            inbox.noFrameWithin(
                    FrameSocket.QUIET,
                    "ticket",
                    f -> f.getJsonObject("ticket").getString("id").equals(tagged));
        }
        assertThat(tag(tagged, refund, agent).statusCode()).isEqualTo(200);

        assertThat(ticketIds("tag=" + vip, agent)).containsExactly(tagged);
        assertThat(ticketIds("tag=" + vip + "&status=open&assignee=all&channel=chat", agent))
                .containsExactly(tagged);
        assertThat(ticketIds("tag=" + vip + "&status=closed", agent)).isEmpty();
        assertThat(ticketIds("tag=" + vip + "&assignee=mine", agent)).isEmpty();
        assertThat(ticketIds("tag=" + UUID.randomUUID(), agent)).isEmpty();
        assertThat(ticketIds("", agent)).contains(untagged);
        assertProblem(ParleyClient.get("/api/v1/tickets?tag=nope", Optional.of(agent.cookie())), 400, "invalid_tag");

        // Untagged: the tag leaves the ticket and the filter.
        HttpResponse<String> removed = send("DELETE", "/api/v1/tickets/" + tagged + "/tags/" + vip, null, agent);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(json(removed.body()).getJsonArray("tags")).hasSize(1);
        assertThat(ticketIds("tag=" + vip, agent)).isEmpty();

        // Closed tickets take tags too; deleting a tag takes it off every ticket.
        assertThat(send("POST", "/api/v1/tickets/" + tagged + "/close", null, agent)
                        .statusCode())
                .isEqualTo(200);
        assertThat(tag(tagged, vip, agent).statusCode()).isEqualTo(200);
        assertThat(ticketIds("tag=" + vip + "&status=closed", agent)).containsExactly(tagged);
        assertThat(send("DELETE", TAGS + "/" + vip, null, admin).statusCode()).isEqualTo(204);
        HttpResponse<String> detail = ParleyClient.get("/api/v1/tickets/" + tagged, Optional.of(agent.cookie()));
        assertThat(json(detail.body()).getJsonObject("ticket").getJsonArray("tags"))
                .extracting(t -> t.asJsonObject().getString("id"))
                .containsExactly(refund);
    }

    @Test
    void tagging_refusals_change_nothing() {
        AgentSession agent = newAgent("Refused Agent");
        String vip = addTag(unique("VIP"), "purple");
        String ticket = newTicket();

        assertProblem(tag(ticket, UUID.randomUUID().toString(), agent), 404, "tag_not_found");
        assertProblem(tag(ticket, "not-an-id", agent), 404, "tag_not_found");
        assertProblem(tag(UUID.randomUUID().toString(), vip, agent), 404, "ticket_not_found");
        assertProblem(send("POST", "/api/v1/tickets/" + ticket + "/tags", "{}", agent), 400, "missing_field");
        assertProblem(
                send("POST", "/api/v1/tickets/" + ticket + "/tags", tagIdBody(vip), null, null), 401, "not_signed_in");
        assertProblem(
                send("POST", "/api/v1/tickets/" + ticket + "/tags", tagIdBody(vip), agent.cookie(), null),
                403,
                "csrf_token_invalid");

        HttpResponse<String> detail = ParleyClient.get("/api/v1/tickets/" + ticket, Optional.of(agent.cookie()));
        assertThat(json(detail.body()).getJsonObject("ticket").getJsonArray("tags"))
                .isEmpty();
    }

    @Test
    void every_open_inbox_is_told_after_each_change_of_the_list_and_a_refusal_tells_nobody() {
        AgentSession agent = newAgent("Live Agent");
        try (FrameSocket inbox = agent.openInbox()) {
            String name = unique("Live");
            String id = addTag(name, "blue");
            assertThat(inbox.next("tags"))
                    .isEqualTo(Json.createObjectBuilder().add("type", "tags").build());

            assertProblem(send("POST", TAGS, tagBody(name, "red"), admin), 409, "tag_name_taken");
            inbox.noFrameWithin(FrameSocket.QUIET, "tags", any -> true);

            assertThat(send("PUT", TAGS + "/" + id, tagBody(name, "red"), admin).statusCode())
                    .isEqualTo(200);
            inbox.next("tags");
            assertThat(send("DELETE", TAGS + "/" + id, null, admin).statusCode())
                    .isEqualTo(204);
            inbox.next("tags");
        }
    }

    private HttpResponse<String> tag(String ticket, String tag, AgentSession caller) {
        return send("POST", "/api/v1/tickets/" + ticket + "/tags", tagIdBody(tag), caller);
    }

    private static List<String> ticketIds(String query, AgentSession caller) {
        HttpResponse<String> response =
                ParleyClient.get("/api/v1/tickets?limit=100&" + query, Optional.of(caller.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                .map(ticket -> ticket.getString("id"))
                .toList();
    }

    /** A visitor writes, which opens a ticket; its id. */
    private String newTicket() {
        StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Tag question"));
        String text = started.thread().get(1).getString("text");
        HttpResponse<String> list = ParleyClient.get(
                "/api/v1/tickets?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), Optional.of(admin.cookie()));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list.body()).getJsonArray("tickets").getJsonObject(0).getString("id");
    }

    private AgentSession newAgent(String name) {
        return TeamApi.addAndSignIn(admin, "tags-it-", name, "agent");
    }

    private String addTag(String name, String colour) {
        HttpResponse<String> added = send("POST", TAGS, tagBody(name, colour), admin);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = json(added.body()).getString("id");
        addedIds.add(id);
        return id;
    }

    private List<JsonObject> list(AgentSession caller) {
        HttpResponse<String> response = ParleyClient.get(TAGS, Optional.of(caller.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.jsonArray(response.body()).getValuesAs(JsonObject.class);
    }

    /** Every tag as the admin sees it: the state every refusal must leave alone. */
    private String listBody() {
        HttpResponse<String> response = ParleyClient.get(TAGS, Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String tagBody(String name, String colour) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("colour", colour)
                .build()
                .toString();
    }

    private static String tagIdBody(String tag) {
        return Json.createObjectBuilder().add("tagId", tag).build().toString();
    }

    private static HttpResponse<String> send(String method, String path, String jsonBody, AgentSession caller) {
        return send(method, path, jsonBody, caller.cookie(), caller.csrfToken());
    }

    private static HttpResponse<String> send(
            String method, String path, String jsonBody, String cookie, String csrfToken) {
        return ParleyClient.send(method, path, jsonBody, cookie, csrfToken);
    }
}
