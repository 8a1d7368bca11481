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
 * Macros over REST and on the agent WebSocket: every agent lists them and gets them rendered for a ticket, only admins
 * change them, every refusal changes nothing, and every change reaches the open inboxes.
 */
class MacrosIT {

    private static final String MACROS = "/api/v1/macros";

    private final AgentSession admin = ParleyClient.signInAsAdmin();
    /** The macros a test added, deleted after it: the store keeps a limited number, and test databases are reused. */
    private final List<String> addedIds = new ArrayList<>();

    @AfterEach
    void delete_the_macros_this_test_added() {
        for (String id : addedIds) {
            int status = send("DELETE", MACROS + "/" + id, null, admin).statusCode();
            assertThat(status).isIn(204, 404);
        }
    }

    @Test
    void an_admin_adds_revises_and_deletes_a_macro_and_every_agent_lists_it_by_title() {
        AgentSession agent = newAgent("Bea Agent");
        String title = unique("Greeting");

        HttpResponse<String> added = send(
                "POST",
                MACROS,
                macroBody(title, "  Hi {{visitor.firstName}}, " + "{{agent.firstName}} here. {{ agent.name }}  "),
                admin);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject macro = json(added.body());
        String id = macro.getString("id");
        addedIds.add(id);
        assertThat(macro.keySet()).containsExactlyInAnyOrder("id", "title", "body", "variables", "updatedAt");
        assertThat(macro.getString("title")).isEqualTo(title);
        assertThat(macro.getString("body"))
                .isEqualTo("Hi {{visitor.firstName}}, {{agent.firstName}} here." + " {{ agent.name }}");
        assertThat(macro.getJsonArray("variables").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("visitor.firstName", "agent.firstName", "agent.name");
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(MACROS + "/" + id);

        for (AgentSession caller : List.of(agent, admin)) {
            List<JsonObject> listed = list(caller);
            assertThat(listed).contains(macro);
            assertThat(listed)
                    .extracting(m -> m.getString("title").toLowerCase(Locale.ROOT))
                    .isSortedAccordingTo(String::compareTo);
        }

        HttpResponse<String> revised = send("PUT", MACROS + "/" + id, macroBody(title + " (revised)", "Bye!"), admin);
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(json(revised.body()).getString("body")).isEqualTo("Bye!");
        assertThat(json(revised.body()).getJsonArray("variables")).isEmpty();
        assertThat(json(revised.body()).getString("updatedAt")).isGreaterThanOrEqualTo(macro.getString("updatedAt"));
        assertThat(list(agent)).contains(json(revised.body())).doesNotContain(macro);

        HttpResponse<String> deleted = send("DELETE", MACROS + "/" + id, null, admin);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(list(agent)).extracting(m -> m.getString("id")).doesNotContain(id);
        assertProblem(send("DELETE", MACROS + "/" + id, null, admin), 404, "macro_not_found");
    }

    @Test
    void only_admins_with_the_csrf_token_change_macros_and_refusals_change_nothing() {
        AgentSession agent = newAgent("Cid Agent");
        String id = addMacro(unique("Kept"), "Kept {{agent.name}}");
        String body = macroBody(unique("Agent's"), "Not allowed");
        String before = listBody();

        assertProblem(ParleyClient.get(MACROS), 401, "not_signed_in");
        assertProblem(send("POST", MACROS, body, null, null), 401, "not_signed_in");
        assertProblem(send("POST", MACROS, body, agent), 403, "admins_only");
        assertProblem(send("PUT", MACROS + "/" + id, body, agent), 403, "admins_only");
        assertProblem(send("DELETE", MACROS + "/" + id, null, agent), 403, "admins_only");
        assertProblem(send("POST", MACROS, body, admin.cookie(), null), 403, "csrf_token_invalid");
        assertProblem(send("PUT", MACROS + "/" + id, body, admin.cookie(), "not-the-token"), 403, "csrf_token_invalid");
        assertProblem(send("DELETE", MACROS + "/" + id, null, admin.cookie(), null), 403, "csrf_token_invalid");

        assertThat(listBody()).isEqualTo(before);
    }

    @Test
    void bad_macros_are_refused_with_a_problem_and_change_nothing() {
        String id = addMacro(unique("Untouched"), "Untouched.");
        String before = listBody();

        HttpResponse<String> unknown =
                send("POST", MACROS, macroBody(unique("Email"), "Mail {{visitor.email}}"), admin);
        assertProblem(unknown, 400, "macro_variable_unknown");
        assertThat(json(unknown.body()).getString("detail")).contains("{{visitor.email}}");
        assertProblem(
                send("POST", MACROS, macroBody(unique("Store"), "Welcome to {{store.name}}"), admin),
                400,
                "macro_variable_unknown");
        assertProblem(
                send("PUT", MACROS + "/" + id, macroBody("Untouched", "{{visitor.email}}"), admin),
                400,
                "macro_variable_unknown");
        assertProblem(send("POST", MACROS, macroBody(" ", "Text"), admin), 400, "invalid_macro_title");
        assertProblem(send("POST", MACROS, macroBody("t".repeat(101), "Text"), admin), 400, "invalid_macro_title");
        assertProblem(send("POST", MACROS, macroBody(unique("Empty"), " \n "), admin), 400, "invalid_macro_body");
        assertProblem(
                send("POST", MACROS, macroBody(unique("Long"), "x".repeat(4_001)), admin), 400, "macro_body_too_long");
        assertProblem(send("POST", MACROS, "{\"title\":\"No body\"}", admin), 400, "missing_field");
        assertProblem(send("POST", MACROS, "{\"title\":", admin), 400, "malformed_body");
        assertProblem(send("POST", MACROS, "{\"title\":[1],\"body\":\"x\"}", admin), 400, "malformed_body");
        assertProblem(
                send("PUT", MACROS + "/" + UUID.randomUUID(), macroBody("Ghost", "Boo"), admin),
                404,
                "macro_not_found");
        assertProblem(send("PUT", MACROS + "/not-an-id", macroBody("Ghost", "Boo"), admin), 404, "macro_not_found");

        assertThat(listBody()).isEqualTo(before);
    }

    @Test
    void braces_that_are_no_variable_are_kept_as_plain_text() {
        String text = "Type {{ to open, }} to close: {{}} and <b>bold</b> stays text";
        String id = addMacro(unique("Braces"), text);

        JsonObject stored = list(admin).stream()
                .filter(m -> m.getString("id").equals(id))
                .findFirst()
                .orElseThrow();

        assertThat(stored.getString("body")).isEqualTo(text);
        assertThat(stored.getJsonArray("variables")).isEmpty();
    }

    @Test
    void a_tickets_macros_are_rendered_for_its_visitor_and_the_calling_agent() {
        AgentSession agent = newAgent("Dora Explorer");
        String ticket = newTicket();
        String hello = addMacro(
                unique("Hello"),
                "Hi {{visitor.firstName}}, {{agent.firstName}} here ({{agent.name}})." + " Thanks, {{visitor.name}}!");

        JsonObject forAgent = rendered(ticket, agent, hello);
        JsonObject forAdmin = rendered(ticket, admin, hello);

        assertThat(forAgent.keySet()).containsExactlyInAnyOrder("id", "title", "text");
        assertThat(forAgent.getString("text")).isEqualTo("Hi there, Dora here (Dora Explorer). Thanks, there!");
        assertThat(forAdmin.getString("text"))
                .isEqualTo("Hi there, " + admin.name().split("\\s+", -1)[0] + " here (" + admin.name()
                        + "). Thanks, there!");
        assertThat(forAgent.getString("text")).doesNotContain("{{");
    }

    @Test
    void a_tickets_macros_are_for_signed_in_agents_and_known_tickets() {
        String ticket = newTicket();

        assertProblem(ParleyClient.get("/api/v1/tickets/" + ticket + "/macros"), 401, "not_signed_in");
        assertProblem(
                ParleyClient.get("/api/v1/tickets/" + UUID.randomUUID() + "/macros", Optional.of(admin.cookie())),
                404,
                "ticket_not_found");
        assertProblem(
                ParleyClient.get("/api/v1/tickets/not-an-id/macros", Optional.of(admin.cookie())),
                404,
                "ticket_not_found");
    }

    @Test
    void every_agent_reads_the_variables_with_their_descriptions() {
        AgentSession agent = newAgent("Eve Agent");

        HttpResponse<String> response = ParleyClient.get(MACROS + "/variables", Optional.of(agent.cookie()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonObject> variables = ParleyClient.jsonArray(response.body()).getValuesAs(JsonObject.class);
        assertThat(variables)
                .extracting(v -> v.getString("name"))
                .containsExactly("visitor.firstName", "visitor.name", "agent.name", "agent.firstName");
        assertThat(variables).allSatisfy(v -> {
            assertThat(v.keySet()).containsExactlyInAnyOrder("name", "placeholder", "description", "fallback");
            assertThat(v.getString("placeholder")).isEqualTo("{{" + v.getString("name") + "}}");
            assertThat(v.getString("description")).isNotBlank();
        });
        assertProblem(ParleyClient.get(MACROS + "/variables"), 401, "not_signed_in");
    }

    @Test
    void every_open_inbox_is_told_after_each_change_and_a_refusal_tells_nobody() {
        AgentSession agent = newAgent("Fay Agent");
        try (FrameSocket inbox = agent.openInbox()) {
            String id = addMacro(unique("Live"), "Live.");
            inbox.next("macros");

            assertThat(send("PUT", MACROS + "/" + id, macroBody(unique("Live"), "Still live."), admin)
                            .statusCode())
                    .isEqualTo(200);
            JsonObject frame = inbox.next("macros");
            assertThat(frame)
                    .isEqualTo(Json.createObjectBuilder().add("type", "macros").build());

            assertProblem(
                    send("POST", MACROS, macroBody(unique("Bad"), "{{visitor.email}}"), admin),
                    400,
                    "macro_variable_unknown");
            inbox.noFrameWithin(FrameSocket.QUIET, "macros", any -> true);

            assertThat(send("DELETE", MACROS + "/" + id, null, admin).statusCode())
                    .isEqualTo(204);
            inbox.next("macros");
        }
    }

    private JsonObject rendered(String ticket, AgentSession caller, String macroId) {
        HttpResponse<String> response =
                ParleyClient.get("/api/v1/tickets/" + ticket + "/macros", Optional.of(caller.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonObject> macros = ParleyClient.jsonArray(response.body()).getValuesAs(JsonObject.class);
        assertThat(macros)
                .extracting(m -> m.getString("title").toLowerCase(Locale.ROOT))
                .isSortedAccordingTo(String::compareTo);
        return macros.stream()
                .filter(m -> m.getString("id").equals(macroId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("macro " + macroId + " not in " + response.body()));
    }

    /** A visitor writes, which opens a ticket; its id. */
    private String newTicket() {
        StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Macro question"));
        String text = started.thread().get(1).getString("text");
        HttpResponse<String> list = ParleyClient.get(
                "/api/v1/tickets?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), Optional.of(admin.cookie()));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list.body()).getJsonArray("tickets").getJsonObject(0).getString("id");
    }

    private AgentSession newAgent(String name) {
        String email = "macros-it-" + UUID.randomUUID() + "@parley.test";
        HttpResponse<String> created = send(
                "POST",
                "/api/v1/agents",
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("name", name)
                        .add("password", "macros-password")
                        .add("role", "agent")
                        .build()
                        .toString(),
                admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> signedIn = ParleyClient.signIn(email, "macros-password");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        return new AgentSession(ParleyClient.sessionCookie(signedIn).orElseThrow(), json(signedIn.body()));
    }

    private String addMacro(String title, String body) {
        HttpResponse<String> added = send("POST", MACROS, macroBody(title, body), admin);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = json(added.body()).getString("id");
        addedIds.add(id);
        return id;
    }

    private List<JsonObject> list(AgentSession caller) {
        HttpResponse<String> response = ParleyClient.get(MACROS, Optional.of(caller.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.jsonArray(response.body()).getValuesAs(JsonObject.class);
    }

    /** Every macro as the admin sees it: the state every refusal must leave alone. */
    private String listBody() {
        HttpResponse<String> response = ParleyClient.get(MACROS, Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String macroBody(String title, String body) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("body", body)
                .build()
                .toString();
    }

    private static HttpResponse<String> send(String method, String path, String jsonBody, AgentSession caller) {
        return send(method, path, jsonBody, caller.cookie(), caller.csrfToken());
    }

    private static HttpResponse<String> send(
            String method, String path, String jsonBody, String cookie, String csrfToken) {
        return ParleyClient.send(method, path, jsonBody, cookie, csrfToken);
    }
}
