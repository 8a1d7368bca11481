package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The storefront widget runs on the store's own site, so its calls to Parley are cross-origin (CORS). The widget's
 * endpoints (its configuration, uploads, the visitor REST API) answer pages of Parley's own origin and of the store's
 * allowed origins, the same rule as the {@code /ws/visitor} handshake; other sites get no CORS header and their
 * preflights are refused. The agents' API never answers CORS. Every test puts the settings back.
 */
class CorsIT {

    private static final String RUN = Long.toHexString(System.nanoTime());
    private static final String STORE = "https://store-" + RUN + ".example";
    private static final String FOREIGN = "https://evil-" + RUN + ".example";
    private static final String SESSION = "/api/v1/visitor/session";
    private static final String UPLOADS = "/api/v1/uploads";

    @Test
    void a_page_of_an_allowed_site_may_call_the_widgets_endpoints() {
        whileAllowed(List.of(STORE), admin -> {
            HttpResponse<byte[]> config = get(SettingsApi.WIDGET_CONFIG, STORE, Map.of());
            assertThat(config.statusCode()).isEqualTo(200);
            assertAllowed(config, STORE);
            assertPreflightAllowed(preflight(SettingsApi.WIDGET_CONFIG, STORE, "GET", null), STORE, "GET");

            assertPreflightAllowed(preflight(SESSION, STORE, "POST", "content-type"), STORE, "POST");
            HttpResponse<byte[]> session =
                    call("POST", SESSION, STORE, Map.of("Content-Type", "application/json"), "{}");
            assertThat(session.statusCode()).as(text(session)).isEqualTo(200);
            assertAllowed(session, STORE);
            String token = ParleyClient.json(text(session)).getString("token");
            Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);

            assertPreflightAllowed(preflight(UPLOADS, STORE, "POST", "authorization, content-type"), STORE, "POST");
            HttpResponse<byte[]> upload = call(
                    "POST",
                    UPLOADS,
                    STORE,
                    Map.of("Authorization", "Bearer " + token, "Content-Type", "image/png"),
                    UploadApi.PNG);
            assertThat(upload.statusCode()).as(text(upload)).isEqualTo(201);
            assertAllowed(upload, STORE);
            assertThat(upload.headers().firstValue("Access-Control-Expose-Headers"))
                    .hasValue("Location");
            String imageId = ParleyClient.json(text(upload)).getString("id");

            assertPreflightAllowed(preflight(UPLOADS + "/" + imageId, STORE, "GET", "authorization"), STORE, "GET");
            HttpResponse<byte[]> image = get(UPLOADS + "/" + imageId, STORE, bearer);
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.body()).isEqualTo(UploadApi.PNG);
            assertAllowed(image, STORE);

            // Refusals are readable too, so that the widget can tell what went wrong.
            HttpResponse<byte[]> current = get("/api/v1/visitor/conversations/current", STORE, bearer);
            assertThat(current.statusCode()).as(text(current)).isEqualTo(404);
            assertAllowed(current, STORE);
            assertPreflightAllowed(
                    preflight("/api/v1/visitor/conversations/current", STORE, "GET", "authorization"), STORE, "GET");
        });
        // Once the site is no longer listed, its pages lose access again.
        assertNoCors(get(SettingsApi.WIDGET_CONFIG, STORE, Map.of()));
        assertRefused(preflight(SettingsApi.WIDGET_CONFIG, STORE, "GET", null));
    }

    @Test
    void a_page_of_another_site_gets_no_cors_header_and_its_preflights_are_refused() {
        whileAllowed(List.of(STORE), admin -> {
            String token = UploadApi.newVisitor();
            String imageId = UploadApi.uploadPng(UploadApi.Caller.visitor(token));

            HttpResponse<byte[]> config = get(SettingsApi.WIDGET_CONFIG, FOREIGN, Map.of());
            assertThat(config.statusCode()).isEqualTo(200);
            assertNoCors(config);
            assertThat(config.headers().allValues("Vary"))
                    .anySatisfy(vary -> assertThat(vary).contains("Origin"));
            assertNoCors(get(UPLOADS + "/" + imageId, FOREIGN, Map.of("Authorization", "Bearer " + token)));
            assertNoCors(call("POST", SESSION, FOREIGN, Map.of("Content-Type", "application/json"), "{}"));

            assertRefused(preflight(SettingsApi.WIDGET_CONFIG, FOREIGN, "GET", null));
            assertRefused(preflight(SESSION, FOREIGN, "POST", "content-type"));
            assertRefused(preflight(UPLOADS, FOREIGN, "POST", "authorization, content-type"));
            assertRefused(preflight(UPLOADS + "/" + imageId, FOREIGN, "GET", "authorization"));
            assertRefused(preflight("/api/v1/visitor/conversations/current", FOREIGN, "GET", "authorization"));
            // Sandboxed frames and local files send "null"; a look-alike of an allowed site is another site.
            assertRefused(preflight(SESSION, "null", "POST", "content-type"));
            assertRefused(preflight(SESSION, STORE + ".evil.example", "POST", "content-type"));
        });
    }

    @Test
    void while_no_site_is_listed_only_parleys_own_pages_are_answered_as_on_the_websocket() {
        String own = ParleyClient.baseUrl();
        whileAllowed(List.of(), admin -> {
            assertNoCors(get(SettingsApi.WIDGET_CONFIG, STORE, Map.of()));
            assertRefused(preflight(SettingsApi.WIDGET_CONFIG, STORE, "GET", null));

            assertAllowed(get(SettingsApi.WIDGET_CONFIG, own, Map.of()), own);
            assertPreflightAllowed(preflight(SESSION, own, "POST", "content-type"), own, "POST");
            // Over HTTP/2 there is no Host header; Parley's own origin is still recognised.
            // (The JDK's client sends its first request on a connection as HTTP/1.1 asking to upgrade, the next ones as
            // HTTP/2 proper.)
            for (HttpClient.Version version : HttpClient.Version.values()) {
                HttpClient client = HttpClient.newBuilder().version(version).build();
                for (int request = 0; request < 2; request++) {
                    HttpResponse<byte[]> config = UploadApi.send(
                            client,
                            HttpRequest.newBuilder(ParleyClient.uri(SettingsApi.WIDGET_CONFIG))
                                    .header("Origin", own));
                    assertThat(config.version()).isEqualTo(version);
                    assertAllowed(config, own);
                }
            }
        });
    }

    @Test
    void the_agents_api_never_answers_cors_even_to_an_allowed_site() {
        whileAllowed(List.of(STORE), admin -> {
            Map<String, String> cookie = Map.of("Cookie", admin.cookie());

            HttpResponse<byte[]> settings = get(SettingsApi.SETTINGS, STORE, cookie);
            assertThat(settings.statusCode()).isEqualTo(200);
            assertNoCors(settings);
            HttpResponse<byte[]> tickets = get("/api/v1/tickets", STORE, cookie);
            assertThat(tickets.statusCode()).isEqualTo(200);
            assertNoCors(tickets);
            assertNoCors(get("/api/v1/agents", STORE, cookie));
            assertNoCors(get("/api/v1/agent/session", STORE, cookie));

            assertNoCors(preflight(SettingsApi.SETTINGS, STORE, "PUT", "content-type, x-parley-csrf"));
            assertNoCors(preflight("/api/v1/tickets", STORE, "GET", null));
            assertNoCors(preflight("/api/v1/agents", STORE, "POST", "content-type"));
            assertNoCors(preflight("/api/v1/agent/session", STORE, "POST", "content-type"));
        });
    }

    /** Runs {@code test} while the store allows exactly the given sites, then puts the settings back. */
    private static void whileAllowed(List<String> origins, Consumer<AgentSession> test) {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        try {
            JsonArrayBuilder list = Json.createArrayBuilder();
            origins.forEach(list::add);
            JsonObject after = SettingsApi.update(
                    admin,
                    Json.createObjectBuilder().add("allowedOrigins", list).build());
            assertThat(after.getJsonArray("allowedOrigins")).hasSize(origins.size());
            test.accept(admin);
        } finally {
            SettingsApi.restore(admin, before);
        }
    }

    private static void assertAllowed(HttpResponse<byte[]> response, String origin) {
        assertThat(response.headers().allValues("Access-Control-Allow-Origin"))
                .as(text(response))
                .containsExactly(origin);
        assertThat(response.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).contains("Origin"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
    }

    private static void assertPreflightAllowed(HttpResponse<byte[]> response, String origin, String method) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(204);
        assertAllowed(response, origin);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods ->
                        assertThat(methods.split(",\\s*")).contains(method).doesNotContain("OPTIONS"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValue("authorization, content-type");
        assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
        assertThat(response.body()).isEmpty();
    }

    private static void assertRefused(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(403);
        assertNoCors(response);
        assertThat(ParleyClient.contentType(response)).startsWith("application/problem+json");
        JsonObject problem = ParleyClient.json(text(response));
        assertThat(problem.getInt("status")).isEqualTo(403);
        assertThat(problem.getString("code")).isEqualTo("origin_not_allowed");
    }

    private static void assertNoCors(HttpResponse<byte[]> response) {
        assertThat(response.headers().map().keySet())
                .as(
                        "%s %s: %s",
                        response.request().method(),
                        response.uri(),
                        response.headers().map())
                .noneSatisfy(name -> assertThat(name.toLowerCase(Locale.ROOT)).startsWith("access-control-"));
    }

    /** A browser's preflight: {@code OPTIONS} with the page's origin and the method and headers it wants to use. */
    private static HttpResponse<byte[]> preflight(String path, String origin, String method, String headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ParleyClient.uri(path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method);
        if (headers != null) {
            request.header("Access-Control-Request-Headers", headers);
        }
        return UploadApi.send(request);
    }

    private static HttpResponse<byte[]> get(String path, String origin, Map<String, String> headers) {
        return call("GET", path, origin, headers, (byte[]) null);
    }

    private static HttpResponse<byte[]> call(
            String method, String path, String origin, Map<String, String> headers, String body) {
        return call(method, path, origin, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** A request as a page of {@code origin} makes it, with a body unless null. */
    private static HttpResponse<byte[]> call(
            String method, String path, String origin, Map<String, String> headers, byte[] body) {
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(ParleyClient.uri(path))
                .method(method, publisher)
                .header("Origin", origin);
        headers.forEach(request::header);
        return UploadApi.send(request);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
