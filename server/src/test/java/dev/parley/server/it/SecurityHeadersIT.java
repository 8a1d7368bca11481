package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The headers on every kind of answer: Parley's pages (a strict Content-Security-Policy and no inline script or
 * style in them), the widget's module, the visitor's and the agents' API, the server's own endpoints, and error
 * pages, which are plain and say nothing of the server's internals.
 */
class SecurityHeadersIT {

    private static final String CSP = "Content-Security-Policy";

    @Test
    void the_inbox_has_a_strict_policy_and_every_common_header() {
        HttpResponse<String> inbox = ParleyClient.get("/inbox/");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertCommonHeaders(inbox);
        assertStrictPolicy(inbox);
        assertNoInlineCode(inbox.body());
        for (String file : filesOf("/inbox/", inbox.body())) {
            HttpResponse<String> loaded = ParleyClient.get(file);
            assertThat(loaded.statusCode()).as(file).isEqualTo(200);
            assertCommonHeaders(loaded);
        }
    }

    @Test
    void the_demo_store_has_a_strict_policy_and_every_common_header() {
        HttpResponse<String> demo = ParleyClient.get("/demo/");
        assertThat(demo.statusCode()).isEqualTo(200);
        assertCommonHeaders(demo);
        assertStrictPolicy(demo);
        assertNoInlineCode(demo.body());
        for (String file : filesOf("/demo/", demo.body())) {
            HttpResponse<String> loaded = ParleyClient.get(file);
            assertThat(loaded.statusCode()).as(file).isEqualTo(200);
            assertCommonHeaders(loaded);
        }
    }

    @Test
    void the_widget_module_has_the_common_headers_and_no_policy_of_its_own() {
        // It runs in the store's pages, under the store's policy (docs/security.md).
        HttpResponse<String> widget = ParleyClient.get("/widget/parley-chat.js");
        assertThat(widget.statusCode()).isEqualTo(200);
        assertCommonHeaders(widget);
        assertThat(widget.headers().firstValue(CSP)).isEmpty();
    }

    @Test
    void the_visitor_api_has_the_common_headers_and_still_answers_across_origins() {
        String origin = ParleyClient.baseUrl();
        HttpResponse<String> config = send(HttpRequest.newBuilder(ParleyClient.uri("/api/v1/widget/config"))
                .header("Origin", origin)
                .GET());
        assertThat(config.statusCode()).isEqualTo(200);
        assertCommonHeaders(config);
        assertThat(config.headers().firstValue("Access-Control-Allow-Origin")).contains(origin);

        HttpResponse<String> preflight = send(HttpRequest.newBuilder(ParleyClient.uri("/api/v1/visitor/session"))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .contains(origin);
        assertCommonHeaders(preflight);
    }

    @Test
    void the_agents_api_has_the_common_headers_on_a_refusal_too() {
        HttpResponse<String> anonymous = ParleyClient.get("/api/v1/agent/session");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertCommonHeaders(anonymous);
    }

    @Test
    void the_servers_own_endpoints_have_the_common_headers() {
        HttpResponse<String> health = ParleyClient.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertCommonHeaders(health);
        HttpResponse<String> metrics = ParleyClient.get("/metrics");
        assertCommonHeaders(metrics);
    }

    @Test
    void plain_http_gets_no_strict_transport_security() {
        for (String path : new String[] {"/inbox/", "/demo/", "/api/v1/widget/config", "/widget/parley-chat.js"}) {
            assertThat(ParleyClient.get(path).headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .isEmpty();
        }
    }

    @Test
    void a_missing_page_is_a_plain_404_that_shows_no_internals() {
        for (String path : new String[] {"/no-such-page", "/inbox/no-such-file.js", "/demo/missing/", "/widget/x.js"}) {
            HttpResponse<String> missing = ParleyClient.get(path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(ParleyClient.contentType(missing)).as(path).startsWith("text/html");
            assertThat(missing.body()).as(path).contains("Not found");
            assertShowsNoInternals(path, missing.body());
            assertCommonHeaders(missing);
            assertStrictPolicy(missing);
        }
    }

    @Test
    void the_error_page_of_a_failure_is_a_plain_500_that_shows_no_internals() {
        HttpResponse<String> failed = ParleyClient.get("/error");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(ParleyClient.contentType(failed)).startsWith("text/html");
        assertThat(failed.body()).contains("Something went wrong");
        assertShowsNoInternals("/error", failed.body());
        assertCommonHeaders(failed);
    }

    @Test
    void a_miss_in_the_api_is_still_a_problem_document() {
        HttpResponse<String> missing = ParleyClient.get("/api/v1/no-such-thing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ParleyClient.contentType(missing)).startsWith("application/problem+json");
        assertShowsNoInternals("/api/v1/no-such-thing", missing.body());
        assertCommonHeaders(missing);
    }

    /** The page's own files (its script and style sheet; their names hold their hashes), as paths. */
    private static List<String> filesOf(String page, String html) {
        List<String> files = Pattern.compile("(?:src|href)=\"\\./([^\"]+)\"")
                .matcher(html)
                .results()
                .map(file -> page + file.group(1))
                .toList();
        assertThat(files).as("the files %s names", page).hasSizeGreaterThanOrEqualTo(2);
        return files;
    }

    private static void assertCommonHeaders(HttpResponse<String> response) {
        URI uri = response.uri();
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as("nosniff on %s", uri)
                .contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options"))
                .as("%s", uri)
                .contains("SAMEORIGIN");
        assertThat(response.headers().firstValue("Referrer-Policy"))
                .as("%s", uri)
                .contains("strict-origin-when-cross-origin");
    }

    private static void assertStrictPolicy(HttpResponse<String> response) {
        Optional<String> policy = response.headers().firstValue(CSP);
        assertThat(policy).as("CSP of %s", response.uri()).isPresent();
        assertThat(policy.get())
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .contains("object-src 'none'")
                .contains("base-uri 'none'")
                .contains("frame-ancestors 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
    }

    /** No inline script, style or event handler: the strict policy would block them. */
    private static void assertNoInlineCode(String html) {
        assertThat(html)
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                .doesNotContain("<style")
                .doesNotContainPattern("\\son[a-z]+\\s*=")
                .doesNotContainPattern("\\sstyle\\s*=");
    }

    private static void assertShowsNoInternals(String path, String body) {
        assertThat(body)
                .as(path)
                .doesNotContain("SRVE")
                .doesNotContain("Exception")
                .doesNotContain("java.")
                .doesNotContain("com.ibm")
                .doesNotContain("Liberty");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return ParleyClient.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
