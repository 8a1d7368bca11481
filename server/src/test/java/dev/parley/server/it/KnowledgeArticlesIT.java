package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Knowledge articles over REST: admins write, read, list, revise, publish, unpublish and delete them; agents and
 * anonymous callers are refused; every refusal is a problem with its code and changes nothing; the store keeps at most
 * {@code PARLEY_KNOWLEDGE_ARTICLES_MAX} of them (60 on the test servers, see it-h2.env).
 */
class KnowledgeArticlesIT {

    private static final String ARTICLES = "/api/v1/knowledge/articles";

    /** The test servers' limit (PARLEY_KNOWLEDGE_ARTICLES_MAX in it-h2.env and it-postgresql.env). */
    private static final int LIMIT = 60;

    private final AgentSession admin = ParleyClient.signInAsAdmin();
    /** The articles a test added, deleted after it: the store keeps a limited number, and test databases are reused. */
    private final List<String> addedIds = new ArrayList<>();

    @AfterEach
    void delete_the_articles_this_test_added() {
        for (String id : addedIds) {
            int status = send("DELETE", ARTICLES + "/" + id, null, admin).statusCode();
            assertThat(status).isIn(204, 404);
        }
    }

    @Test
    void an_admin_writes_reads_revises_publishes_and_deletes_an_article() {
        String title = unique("Shipping");

        HttpResponse<String> added = send(
                "POST",
                ARTICLES,
                body(
                        "  " + title + "\u200B ",
                        "# Times\r\nTwo to three days.\n",
                        "en",
                        " https://shop.example.com/s ",
                        null),
                admin);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject article = json(added.body());
        String id = article.getString("id");
        addedIds.add(id);
        assertThat(article.keySet())
                .containsExactlyInAnyOrder(
                        "id", "title", "body", "language", "link", "status", "createdAt", "updatedAt");
        assertThat(article.getString("title")).isEqualTo(title);
        assertThat(article.getString("body")).isEqualTo("# Times\nTwo to three days.");
        assertThat(article.getString("language")).isEqualTo("en");
        assertThat(article.getString("link")).isEqualTo("https://shop.example.com/s");
        assertThat(article.getString("status"))
                .as("a draft unless said otherwise")
                .isEqualTo("draft");
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(ARTICLES + "/" + id);
        assertThat(read(id)).isEqualTo(article);
        JsonObject listed = listed(id, "");
        assertThat(listed.keySet())
                .containsExactlyInAnyOrder("id", "title", "language", "link", "status", "updatedAt", "excerpt");
        assertThat(listed.getString("excerpt")).isEqualTo("# Times Two to three days.");

        HttpResponse<String> published =
                send("PUT", ARTICLES + "/" + id, body(title, "# Czas\nDwa, trzy dni.", "pl", null, "published"), admin);

        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        JsonObject revised = json(published.body());
        assertThat(revised.getString("status")).isEqualTo("published");
        assertThat(revised.getString("language")).isEqualTo("pl");
        assertThat(revised.containsKey("link")).as("the link was taken away").isFalse();
        assertThat(revised.getString("createdAt")).isEqualTo(article.getString("createdAt"));
        assertThat(revised.getString("updatedAt")).isGreaterThanOrEqualTo(article.getString("updatedAt"));
        assertThat(read(id)).isEqualTo(revised);
        assertThat(ids("?status=published")).contains(id);
        assertThat(ids("?status=draft")).doesNotContain(id);

        HttpResponse<String> unpublished =
                send("PUT", ARTICLES + "/" + id, body(title, "# Czas\nDwa, trzy dni.", "pl", "", "draft"), admin);
        assertThat(json(unpublished.body()).getString("status")).isEqualTo("draft");
        assertThat(ids("?status=draft")).contains(id);
        assertThat(ids("?status=published")).doesNotContain(id);

        HttpResponse<String> audit = ParleyClient.get("/api/v1/audit?limit=10", Optional.of(admin.cookie()));
        assertThat(audit.body())
                .contains(
                        "\"article.added\"",
                        "\"article.revised\"",
                        "\"article.published\"",
                        "\"article.unpublished\"",
                        id);

        assertThat(send("DELETE", ARTICLES + "/" + id, null, admin).statusCode())
                .isEqualTo(204);
        assertThat(ids("")).doesNotContain(id);
        assertProblem(ParleyClient.get(ARTICLES + "/" + id, Optional.of(admin.cookie())), 404, "article_not_found");
        assertProblem(send("DELETE", ARTICLES + "/" + id, null, admin), 404, "article_not_found");
    }

    @Test
    void the_list_is_ordered_by_title_ignoring_case() {
        String prefix = UUID.randomUUID().toString().substring(0, 6);
        for (String title : List.of("b " + prefix, "A " + prefix, "c " + prefix)) {
            add(title, "Text.", "published");
        }

        List<JsonObject> all = list("");
        assertThat(all)
                .extracting(a -> a.getString("title").toLowerCase(Locale.ROOT))
                .isSortedAccordingTo(String::compareTo);
    }

    @Test
    void only_admins_with_the_csrf_token_reach_the_articles_and_refusals_change_nothing() {
        String id = add(unique("Kept"), "Kept.", "draft");
        AgentSession agent = newAgent();
        String body = body(unique("Agent's"), "Not allowed.", "en", null, "published");
        String before = listBody();

        assertProblem(ParleyClient.get(ARTICLES), 401, "not_signed_in");
        assertProblem(ParleyClient.get(ARTICLES + "/" + id), 401, "not_signed_in");
        assertProblem(send("POST", ARTICLES, body, null, null), 401, "not_signed_in");
        assertProblem(ParleyClient.get(ARTICLES, Optional.of(agent.cookie())), 403, "admins_only");
        assertProblem(ParleyClient.get(ARTICLES + "/" + id, Optional.of(agent.cookie())), 403, "admins_only");
        assertProblem(send("POST", ARTICLES, body, agent), 403, "admins_only");
        assertProblem(send("PUT", ARTICLES + "/" + id, body, agent), 403, "admins_only");
        assertProblem(send("DELETE", ARTICLES + "/" + id, null, agent), 403, "admins_only");
        assertProblem(send("POST", ARTICLES, body, admin.cookie(), null), 403, "csrf_token_invalid");
        assertProblem(
                send("PUT", ARTICLES + "/" + id, body, admin.cookie(), "not-the-token"), 403, "csrf_token_invalid");
        assertProblem(send("DELETE", ARTICLES + "/" + id, null, admin.cookie(), null), 403, "csrf_token_invalid");

        assertThat(listBody()).isEqualTo(before);
        assertThat(read(id).getString("status")).isEqualTo("draft");
    }

    @Test
    void bad_articles_are_refused_with_a_problem_naming_the_field_and_change_nothing() {
        String id = add(unique("Untouched"), "Untouched.", "draft");
        JsonObject untouched = read(id);
        String before = listBody();

        refused(body(" \u200B ", "Text.", "en", null, null), 400, "invalid_article_title", "title");
        refused(body("t".repeat(201), "Text.", "en", null, null), 400, "invalid_article_title", "title");
        refused(body("Two\nlines", "Text.", "en", null, null), 400, "invalid_article_title", "title");
        refused(body(unique("Empty"), " \n\t ", "en", null, null), 400, "invalid_article_body", "body");
        refused(body(unique("Long"), "x".repeat(20_001), "en", null, null), 400, "article_body_too_long", "body");
        refused(body(unique("Lang"), "Text.", "de", null, null), 400, "invalid_language", "language");
        refused(body(unique("Lang"), "Text.", "EN", null, null), 400, "invalid_language", "language");
        refused(body(unique("Link"), "Text.", "en", "javascript:alert(1)", null), 400, "invalid_article_link", "link");
        refused(body(unique("Link"), "Text.", "en", "shop.example.com", null), 400, "invalid_article_link", "link");
        refused(
                body(unique("Link"), "Text.", "en", "https://shop.example.com/" + "a".repeat(1_976), null),
                400,
                "invalid_article_link",
                "link");
        refused(body(unique("Status"), "Text.", "en", null, "archived"), 400, "invalid_article_status", "status");
        refused(
                Json.createObjectBuilder()
                        .add("title", "No body")
                        .add("language", "en")
                        .build()
                        .toString(),
                400,
                "missing_field",
                "body");
        assertProblem(send("POST", ARTICLES, "{\"title\":", admin), 400, "malformed_body");
        assertProblem(
                send("POST", ARTICLES, "{\"title\":[1],\"body\":\"x\",\"language\":\"en\"}", admin),
                400,
                "malformed_body");
        assertProblem(
                send("PUT", ARTICLES + "/" + id, body("Untouched", "Text.", "en", null, null), admin),
                400,
                "missing_field");
        assertProblem(
                send("PUT", ARTICLES + "/" + id, body("Untouched", "x".repeat(20_001), "en", null, "draft"), admin),
                400,
                "article_body_too_long");
        assertProblem(
                send("PUT", ARTICLES + "/" + UUID.randomUUID(), body("Ghost", "Boo.", "en", null, "draft"), admin),
                404,
                "article_not_found");
        assertProblem(
                send("PUT", ARTICLES + "/not-an-id", body("Ghost", "Boo.", "en", null, "draft"), admin),
                404,
                "article_not_found");
        assertProblem(
                ParleyClient.get(ARTICLES + "?status=archived", Optional.of(admin.cookie())),
                400,
                "invalid_article_status");

        assertThat(listBody()).isEqualTo(before);
        assertThat(read(id)).isEqualTo(untouched);
    }

    @Test
    void a_text_of_exactly_twenty_thousand_characters_and_a_title_of_two_hundred_are_kept_whole() {
        String title = unique("T") + "t".repeat(200 - unique("T").length());
        String text = "# Long\n" + "x".repeat(20_000 - 7);

        String id = add(title, text, "published");

        assertThat(read(id).getString("title")).isEqualTo(title).hasSize(200);
        assertThat(read(id).getString("body")).isEqualTo(text).hasSize(20_000);
        assertThat(listed(id, "").getString("excerpt")).hasSize(160);
    }

    @Test
    void the_store_keeps_at_most_the_configured_number_of_articles_drafts_included() {
        int existing = list("").size();
        assertThat(existing).as("articles left by other tests").isLessThan(LIMIT);
        for (int i = existing; i < LIMIT; i++) {
            add(unique("Filler " + i), "Filler.", i % 2 == 0 ? "draft" : "published");
        }
        String before = listBody();

        HttpResponse<String> over =
                send("POST", ARTICLES, body(unique("One too many"), "No.", "en", null, null), admin);

        assertProblem(over, 409, "too_many_articles");
        assertThat(listBody()).isEqualTo(before);
        assertThat(list("")).hasSize(LIMIT);

        String last = addedIds.remove(addedIds.size() - 1);
        assertThat(send("DELETE", ARTICLES + "/" + last, null, admin).statusCode())
                .isEqualTo(204);
        add(unique("Room again"), "Yes.", "draft");
        assertThat(list("")).hasSize(LIMIT);
    }

    private void refused(String body, int status, String code, String field) {
        HttpResponse<String> response = send("POST", ARTICLES, body, admin);
        assertProblem(response, status, code);
        assertThat(json(response.body()).getString("field", null))
                .as(response.body())
                .isEqualTo(field);
    }

    private String add(String title, String text, String status) {
        HttpResponse<String> added = send("POST", ARTICLES, body(title, text, "en", null, status), admin);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = json(added.body()).getString("id");
        addedIds.add(id);
        return id;
    }

    private JsonObject read(String id) {
        HttpResponse<String> response = ParleyClient.get(ARTICLES + "/" + id, Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private List<JsonObject> list(String query) {
        HttpResponse<String> response = ParleyClient.get(ARTICLES + query, Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.jsonArray(response.body()).getValuesAs(JsonObject.class);
    }

    private List<String> ids(String query) {
        return list(query).stream().map(a -> a.getString("id")).toList();
    }

    private JsonObject listed(String id, String query) {
        return list(query).stream()
                .filter(a -> a.getString("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("article " + id + " not listed"));
    }

    /** Every article as the admin lists it: the state every refusal must leave alone. */
    private String listBody() {
        HttpResponse<String> response = ParleyClient.get(ARTICLES, Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private AgentSession newAgent() {
        String email = "knowledge-it-" + UUID.randomUUID() + "@parley.test";
        HttpResponse<String> created = send(
                "POST",
                "/api/v1/agents",
                TeamFixture.memberBody(email, "Kai Agent", "knowledge-password", "agent"),
                admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> signedIn = ParleyClient.signIn(email, "knowledge-password");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        return new AgentSession(ParleyClient.sessionCookie(signedIn).orElseThrow(), json(signedIn.body()));
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String body(String title, String text, String language, String link, String status) {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("title", title).add("body", text).add("language", language);
        if (link != null) {
            body.add("link", link);
        }
        if (status != null) {
            body.add("status", status);
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
