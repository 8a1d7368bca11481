package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The AI agent's test console over REST ({@code POST /api/v1/knowledge/ask}): an admin sees what the AI agent would do
 * with a question now (an answer with its source, choices, or a handoff and why) from the published knowledge only;
 * agents and anonymous callers are refused, as are requests without the CSRF token; questions are limited like a
 * visitor's message; nothing is stored.
 */
class KnowledgeConsoleIT {

    private static final String ASK = "/api/v1/knowledge/ask";
    private static final String ARTICLES = "/api/v1/knowledge/articles";

    private final AgentSession admin = ParleyClient.signInAsAdmin();
    /** A word no other test's knowledge has, so that only this test's articles match. */
    private final String word =
            "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private final List<String> addedIds = new ArrayList<>();

    @AfterEach
    void delete_the_articles_this_test_added() {
        for (String id : addedIds) {
            assertThat(send("DELETE", ARTICLES + "/" + id, null, admin).statusCode())
                    .isIn(204, 404);
        }
    }

    @Test
    void a_published_article_answers_with_its_source_and_a_draft_is_never_used() {
        add(
                word + " kettle care",
                "# Cleaning\nRinse the " + word + " kettle with vinegar once a month.",
                "en",
                "https://shop.example.com/" + word,
                "published");
        String draftWord = "zd" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        add(draftWord + " secret", "# Secret\nThe " + draftWord + " launch is in May.", "en", null, "draft");

        JsonObject answer = ask("How do I clean the " + word + " kettle?", "en");

        assertThat(answer.getString("outcome")).as(answer.toString()).isEqualTo("answer");
        assertThat(answer.getString("text")).contains("vinegar");
        assertThat(answer.getJsonArray("sources")).hasSize(1);
        JsonObject source = answer.getJsonArray("sources").getJsonObject(0);
        assertThat(source.getString("title")).isEqualTo(word + " kettle care");
        assertThat(source.getString("link")).isEqualTo("https://shop.example.com/" + word);
        assertThat(answer.getJsonNumber("confidence").doubleValue()).isBetween(0.5, 1.0);
        assertThat(answer.getString("why")).isNotBlank();
        assertThat(answer.containsKey("handoffReason")).isFalse();

        JsonObject draft = ask("When is the " + draftWord + " launch?", "en");

        assertThat(draft.getString("outcome")).as(draft.toString()).isEqualTo("handoff");
        assertThat(draft.getString("handoffReason")).isEqualTo("no_answer");
        assertThat(draft.containsKey("text")).isFalse();
        assertThat(draft.getJsonArray("sources")).isEmpty();
    }

    @Test
    void close_answers_are_offered_as_choices() {
        add(word + " returns", "Free within thirty days in Poland.", "en", "https://shop.example.com/a", "published");
        add(
                word + " returns.",
                "Courier pickup costs twelve zloty abroad.",
                "en",
                "https://shop.example.com/b",
                "published");

        JsonObject choices = ask(word + " returns", "en");

        assertThat(choices.getString("outcome")).as(choices.toString()).isEqualTo("choices");
        assertThat(choices.getString("text")).isEqualTo("Did you mean one of these?");
        assertThat(choices.getJsonArray("sources").getValuesAs(JsonObject.class))
                .hasSize(2)
                .allSatisfy(choice -> assertThat(choice.containsKey("link")).isFalse());
        assertThat(choices.getString("why")).contains("hand off");
        assertThat(choices.containsKey("handoffReason")).isFalse();
    }

    @Test
    void asking_for_a_person_hands_off_in_english_and_polish() {
        for (String[] question :
                List.of(new String[] {"I want a human", "en"}, new String[] {"chcę rozmawiać z człowiekiem", "pl"})) {
            JsonObject handoff = ask(question[0], question[1]);

            assertThat(handoff.getString("outcome")).as(handoff.toString()).isEqualTo("handoff");
            assertThat(handoff.getString("handoffReason")).isEqualTo("visitor_asked");
            assertThat(handoff.getJsonArray("sources")).isEmpty();
        }
    }

    @Test
    void questions_are_limited_like_a_visitors_message_and_refusals_name_the_field() {
        refused(body("a".repeat(4001), "en"), 400, "question_too_long", "question");
        refused(body("  \n ", "en"), 400, "question_required", "question");
        refused(body("Shipping?", "de"), 400, "invalid_language", "language");
        refused("{\"language\":\"en\"}", 400, "missing_field", "question");
        refused("[]", 400, "malformed_body", null);

        assertThat(ask("a".repeat(4000 - word.length() - 1) + " " + word, "en").getString("outcome"))
                .isEqualTo("handoff");
    }

    @Test
    void only_admins_with_the_csrf_token_may_ask_and_nothing_is_stored() {
        AgentSession agent = newAgent();
        String body = body("I want a human", "en");
        String articlesBefore =
                ParleyClient.get(ARTICLES, Optional.of(admin.cookie())).body();
        String auditBefore = ParleyClient.get("/api/v1/audit?limit=5", Optional.of(admin.cookie()))
                .body();

        assertProblem(ParleyClient.send("POST", ASK, body, null, null), 401, "not_signed_in");
        assertProblem(send("POST", ASK, body, agent), 403, "admins_only");
        assertProblem(ParleyClient.send("POST", ASK, body, admin.cookie(), null), 403, "csrf_token_invalid");
        assertProblem(ParleyClient.send("POST", ASK, body, admin.cookie(), "wrong"), 403, "csrf_token_invalid");
        assertThat(send("POST", ASK, body, admin).statusCode()).isEqualTo(200);

        assertThat(ParleyClient.get(ARTICLES, Optional.of(admin.cookie())).body())
                .isEqualTo(articlesBefore);
        assertThat(ParleyClient.get("/api/v1/audit?limit=5", Optional.of(admin.cookie()))
                        .body())
                .as("asking is no change")
                .isEqualTo(auditBefore);
    }

    private JsonObject ask(String question, String language) {
        HttpResponse<String> response = send("POST", ASK, body(question, language), admin);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private void refused(String body, int status, String code, String field) {
        HttpResponse<String> response = send("POST", ASK, body, admin);
        assertProblem(response, status, code);
        assertThat(json(response.body()).getString("field", null))
                .as(response.body())
                .isEqualTo(field);
    }

    private void add(String title, String text, String language, String link, String status) {
        var article = Json.createObjectBuilder()
                .add("title", title)
                .add("body", text)
                .add("language", language)
                .add("status", status);
        if (link != null) {
            article.add("link", link);
        }
        HttpResponse<String> added = send("POST", ARTICLES, article.build().toString(), admin);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        addedIds.add(json(added.body()).getString("id"));
    }

    private AgentSession newAgent() {
        String email = "console-it-" + UUID.randomUUID() + "@parley.test";
        HttpResponse<String> created = send(
                "POST",
                "/api/v1/agents",
                TeamFixture.memberBody(email, "Kai Agent", "console-password", "agent"),
                admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> signedIn = ParleyClient.signIn(email, "console-password");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        return new AgentSession(ParleyClient.sessionCookie(signedIn).orElseThrow(), json(signedIn.body()));
    }

    private static String body(String question, String language) {
        return Json.createObjectBuilder()
                .add("question", question)
                .add("language", language)
                .build()
                .toString();
    }

    private static HttpResponse<String> send(String method, String path, String jsonBody, AgentSession caller) {
        return ParleyClient.send(method, path, jsonBody, caller.cookie(), caller.csrfToken());
    }
}
