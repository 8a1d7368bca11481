package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings endpoints as the integration tests use them, and the settings every other test expects: a snapshot
 * taken before a test changes something, and a restore afterwards that also puts back the welcome message, the chat
 * on and the store always open.
 */
final class SettingsApi {

    static final String SETTINGS = "/api/v1/settings";
    static final String WIDGET_CONFIG = "/api/v1/widget/config";
    static final String DEFAULT_WELCOME = "Hi! How can we help you today?";

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private SettingsApi() {
    }

    static HttpResponse<String> get(Optional<AgentSession> session) {
        return ParleyClient.get(SETTINGS, session.map(AgentSession::cookie));
    }

    /** The settings as the admin reads them; fails the test unless that works. */
    static JsonObject read(AgentSession admin) {
        HttpResponse<String> response = get(Optional.of(admin));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body());
    }

    /** {@code PUT /api/v1/settings}, with the session's cookie and CSRF token as far as given. */
    static HttpResponse<String> put(Optional<String> cookie, Optional<String> csrfToken, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ParleyClient.uri(SETTINGS))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        cookie.ifPresent(value -> request.header("Cookie", value));
        csrfToken.ifPresent(value -> request.header("X-Parley-CSRF", value));
        return send(request);
    }

    /** A JSON {@code POST} by a signed-in agent, with their CSRF token. */
    static HttpResponse<String> postJson(String path, AgentSession session, String body) {
        return send(HttpRequest.newBuilder(ParleyClient.uri(path))
                .header("Content-Type", "application/json")
                .header("Cookie", session.cookie())
                .header("X-Parley-CSRF", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return ParleyClient.http().send(request.timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException("No answer from Parley at " + ParleyClient.baseUrl(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static HttpResponse<String> put(AgentSession admin, String body) {
        return put(Optional.of(admin.cookie()), Optional.of(admin.csrfToken()), body);
    }

    static HttpResponse<String> put(AgentSession admin, JsonObject body) {
        return put(admin, body.toString());
    }

    /** Changes settings as the admin and returns the settings after the change; fails the test unless that works. */
    static JsonObject update(AgentSession admin, JsonObject body) {
        HttpResponse<String> response = put(admin, body);
        assertThat(response.statusCode()).as("PUT %s: %s", body, response.body()).isEqualTo(200);
        return ParleyClient.json(response.body());
    }

    /** The public widget configuration; fails the test unless that works. */
    static JsonObject widgetConfig() {
        HttpResponse<String> response = ParleyClient.get(WIDGET_CONFIG);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body());
    }

    /**
     * Puts back the settings read before a test, except that the chat is on with its welcome message and the store is
     * always open, as the chat tests expect. The secret cannot be read back: a test that set one is removed again
     * unless one was set before.
     */
    static void restore(AgentSession admin, JsonObject before) {
        JsonObject identity = before.getJsonObject("identityVerification");
        JsonObjectBuilder body = Json.createObjectBuilder(before)
                .remove("appearanceLocked").remove("effectiveAppearance")
                .add("chatEnabled", true)
                .add("onsiteWidgetEnabled", true)
                .add("welcomeMessage", DEFAULT_WELCOME)
                .add("businessHours", Json.createObjectBuilder(before.getJsonObject("businessHours"))
                        .add("alwaysOpen", true))
                .add("identityVerification", Json.createObjectBuilder()
                        .add("enforced", identity.getBoolean("enforced"))
                        .add("removeSecret", !identity.getBoolean("secretSet")));
        // The hub goes first on the server, so an inactive hub in the snapshot unlocks the design it restores.
        update(admin, body.build());
    }

    static JsonObject design(String colour, String icon, String position, String label) {
        return Json.createObjectBuilder().add("colour", colour).add("icon", icon).add("position", position)
                .add("launcherLabel", label).build();
    }
}
