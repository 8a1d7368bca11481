package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.contentType;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may read and change the store's settings over {@code /api/v1/settings}: admins only, only with the CSRF token, and
 * a refused caller changes nothing.
 */
class SettingsAccessIT {

    @Test
    void anonymous_callers_must_sign_in_to_read_or_change_the_settings() {
        assertProblem(SettingsApi.get(Optional.empty()), 401, "not_signed_in");
        assertProblem(
                SettingsApi.put(Optional.empty(), Optional.empty(), "{\"welcomeMessage\":\"Hacked\"}"),
                401,
                "not_signed_in");

        assertThat(SettingsApi.widgetConfig().getString("welcomeMessage")).isNotEqualTo("Hacked");
    }

    @Test
    void an_admin_reads_every_section_without_caching() {
        AgentSession admin = ParleyClient.signInAsAdmin();

        HttpResponse<String> response = SettingsApi.get(Optional.of(admin));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(json(response.body()))
                .containsKeys(
                        "chatEnabled",
                        "onsiteWidgetEnabled",
                        "appearance",
                        "appearanceLocked",
                        "customerHub",
                        "effectiveAppearance",
                        "welcomeMessage",
                        "faqs",
                        "links",
                        "businessHours",
                        "awayMessage",
                        "waitingThresholdSeconds",
                        "allowedOrigins",
                        "identityVerification");
    }

    @Test
    void a_change_without_the_csrf_token_is_refused_and_changes_nothing() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);

        HttpResponse<String> response = SettingsApi.put(
                Optional.of(admin.cookie()), Optional.empty(), "{\"welcomeMessage\":\"Changed without a token\"}");

        assertProblem(response, 403, "csrf_token_invalid");
        assertThat(SettingsApi.read(admin)).isEqualTo(before);
    }

    @Test
    void an_agent_who_is_not_an_admin_may_neither_read_nor_change_the_settings() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        String email = "agent-" + UUID.randomUUID() + "@parley.test";
        String password = "agent-password-" + UUID.randomUUID();
        HttpResponse<String> created = SettingsApi.postJson(
                "/api/v1/agents",
                admin,
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("name", "Settings Tester")
                        .add("password", password)
                        .add("role", "agent")
                        .build()
                        .toString());
        assumeTrue(
                created.statusCode() == 201 || created.statusCode() == 200,
                "agents can be added through the API: " + created.statusCode() + " " + created.body());
        HttpResponse<String> signIn = ParleyClient.signIn(email, password);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
        AgentSession agent = new AgentSession(ParleyClient.sessionCookie(signIn).orElseThrow(), json(signIn.body()));

        assertProblem(SettingsApi.get(Optional.of(agent)), 403, "admins_only");
        assertProblem(SettingsApi.put(agent, "{\"welcomeMessage\":\"Changed by an agent\"}"), 403, "admins_only");

        assertThat(SettingsApi.read(admin)).isEqualTo(before);
    }
}
