package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings endpoints as the integration tests use them, and the settings every other test expects: a snapshot
 * taken before a test changes something, and a restore afterwards that also puts back the welcome message, the chat
 * on and the store always open. A flat body of fields from several sections, as {@code GET /api/v1/settings} shows
 * them, is sent as one {@code PUT /api/v1/settings/{section}} per section, in the sections' order.
 */
final class SettingsApi {

    static final String SETTINGS = "/api/v1/settings";
    static final String WIDGET_CONFIG = "/api/v1/widget/config";
    static final String DEFAULT_WELCOME = "Hi! How can we help you today?";

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    /** Every section and its fields, in the order a flat body's sections are sent. */
    static final Map<String, List<String>> SECTIONS = sections();

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("chat", List.of("chatEnabled", "onsiteWidgetEnabled"));
        sections.put("design", List.of("appearance", "appearanceLocked", "customerHub", "effectiveAppearance"));
        sections.put(
                "behaviour",
                List.of(
                        "language",
                        "welcomeMessage",
                        "welcomeMessageTranslations",
                        "links",
                        "waitingThresholdSeconds",
                        "storeName"));
        sections.put("faqs", List.of("faqs"));
        sections.put("availability", List.of("businessHours", "awayMessage", "awayMessageTranslations"));
        sections.put("embedding", List.of("allowedOrigins", "identityVerification"));
        sections.put("email-notifications", List.of("emailNotifications"));
        sections.put(
                "assistant",
                List.of(
                        "enabled",
                        "mode",
                        "handoffTarget",
                        "handoffMessage",
                        "greeting",
                        "turnLimit",
                        "minCoverage",
                        "minLead",
                        "languageModel"));
        return sections;
    }

    private SettingsApi() {}

    static HttpResponse<String> get(Optional<AgentSession> session) {
        return ParleyClient.get(SETTINGS, session.map(AgentSession::cookie));
    }

    /** The settings as the admin reads them; fails the test unless that works. */
    static JsonObject read(AgentSession admin) {
        HttpResponse<String> response = get(Optional.of(admin));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body());
    }

    /** {@code GET /api/v1/settings/{section}}. */
    static HttpResponse<String> getSection(Optional<AgentSession> session, String section) {
        return ParleyClient.get(SETTINGS + "/" + section, session.map(AgentSession::cookie));
    }

    /** {@code PUT /api/v1/settings/{section}}, with the session's cookie and CSRF token as far as given. */
    static HttpResponse<String> putSection(
            Optional<String> cookie, Optional<String> csrfToken, String section, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ParleyClient.uri(SETTINGS + "/" + section))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        cookie.ifPresent(value -> request.header("Cookie", value));
        csrfToken.ifPresent(value -> request.header("X-Parley-CSRF", value));
        return send(request);
    }

    static HttpResponse<String> putSection(AgentSession admin, String section, String body) {
        return putSection(Optional.of(admin.cookie()), Optional.of(admin.csrfToken()), section, body);
    }

    /**
     * A flat body as one {@code PUT} per section it touches, with the session's cookie and CSRF token as far as given;
     * an empty body goes to the behaviour section. The first refusal is answered and the sections after it are not
     * sent; otherwise the last section's answer is.
     */
    static HttpResponse<String> put(Optional<String> cookie, Optional<String> csrfToken, String body) {
        HttpResponse<String> last = null;
        for (Map.Entry<String, JsonObject> section : split(body).entrySet()) {
            last = putSection(
                    cookie, csrfToken, section.getKey(), section.getValue().toString());
            if (last.statusCode() != 200) {
                return last;
            }
        }
        return last;
    }

    /** The flat body's fields by section, in the sections' order. */
    static Map<String, JsonObject> split(String body) {
        JsonObject flat;
        try (var reader = Json.createReader(new StringReader(body))) {
            flat = reader.readObject();
        }
        Map<String, JsonObject> bySection = new LinkedHashMap<>();
        SECTIONS.forEach((section, fields) -> {
            JsonObjectBuilder part = Json.createObjectBuilder();
            fields.stream().filter(flat::containsKey).forEach(field -> part.add(field, flat.get(field)));
            JsonObject built = part.build();
            if (!built.isEmpty()) {
                bySection.put(section, built);
            }
        });
        flat.keySet().stream()
                .filter(field -> SECTIONS.values().stream().noneMatch(fields -> fields.contains(field)))
                .findFirst()
                .ifPresent(field -> {
                    throw new IllegalArgumentException("No settings section has the field " + field);
                });
        if (bySection.isEmpty()) {
            bySection.put("behaviour", flat);
        }
        return bySection;
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
            return ParleyClient.http()
                    .send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
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

    /**
     * Changes settings as the admin, a section at a time, and returns all settings after the change with each
     * section's answer (so a rotation's new secret is in it); fails the test unless every section's change works.
     */
    static JsonObject update(AgentSession admin, JsonObject body) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        split(body.toString()).forEach((section, fields) -> {
            HttpResponse<String> response = putSection(admin, section, fields.toString());
            assertThat(response.statusCode())
                    .as("PUT %s %s: %s", section, fields, response.body())
                    .isEqualTo(200);
            ParleyClient.json(response.body()).forEach(answers::add);
        });
        JsonObjectBuilder all = Json.createObjectBuilder(read(admin));
        answers.build().forEach(all::add);
        return all.build();
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
                .remove("appearanceLocked")
                .remove("effectiveAppearance")
                .add("chatEnabled", true)
                .add("onsiteWidgetEnabled", true)
                .add("welcomeMessage", DEFAULT_WELCOME)
                .add(
                        "businessHours",
                        Json.createObjectBuilder(before.getJsonObject("businessHours"))
                                .add("alwaysOpen", true))
                .add(
                        "identityVerification",
                        Json.createObjectBuilder()
                                .add("enforced", identity.getBoolean("enforced"))
                                .add("removeSecret", !identity.getBoolean("secretSet")));
        // The hub goes first on the server, so an inactive hub in the snapshot unlocks the design it restores.
        update(admin, body.build());
    }

    static JsonObject design(String colour, String icon, String position, String label) {
        return Json.createObjectBuilder()
                .add("colour", colour)
                .add("icon", icon)
                .add("position", position)
                .add("launcherLabel", label)
                .build();
    }
}
