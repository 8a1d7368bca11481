package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API keys: an admin creates one and sees its secret once; the key then works on the Events API until it is revoked,
 * at once; agents may not manage keys, and no list ever shows a secret.
 */
class ApiKeyIT {

    @Test
    void a_key_works_until_it_is_revoked_and_its_secret_is_shown_only_once() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject created = EventsApi.createKey(admin);
        String secret = created.getString("secret");
        assertThat(secret).startsWith("pk_live_").hasSize(51);
        assertThat(created.getString("prefix")).isEqualTo(secret.substring(0, 12));

        String user = EventsApi.newUser();
        assertThat(EventsApi.putProfile(secret, user, "{\"name\":\"Kay\"}").statusCode())
                .isEqualTo(201);

        HttpResponse<String> list = EventsApi.getAsAgent(EventsApi.API_KEYS, admin);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .doesNotContain(secret)
                .doesNotContain(secret.substring(12))
                .doesNotContain("\"secret\"")
                .contains(created.getString("id"));
        JsonObject listed =
                ParleyClient.json("{\"keys\":" + list.body() + "}")
                        .getJsonArray("keys")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(key -> key.getString("id").equals(created.getString("id")))
                        .findFirst()
                        .orElseThrow();
        assertThat(listed.getString("lastUsedAt", null)).isNotNull();
        assertThat(listed.containsKey("revokedAt")).isFalse();

        HttpResponse<String> revoked = ParleyClient.delete(EventsApi.API_KEYS + "/" + created.getString("id"), admin);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(ParleyClient.json(revoked.body()).getString("revokedAt")).isNotBlank();

        HttpResponse<String> refused = EventsApi.putProfile(secret, user, "{\"name\":\"Mallory\"}");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(ParleyClient.json(refused.body()).getString("code")).isEqualTo("api_key_invalid");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void missing_and_unknown_keys_are_refused_alike_and_change_nothing() {
        String user = EventsApi.newUser();
        for (String key : new String[] {"", "pk_live_made-up", "x".repeat(300)}) {
            HttpResponse<String> refused = EventsApi.putProfile(key, user, "{\"name\":\"Eve\"}");
            assertThat(refused.statusCode()).as(key).isEqualTo(401);
            assertThat(ParleyClient.json(refused.body()).getString("code")).isEqualTo("api_key_invalid");
        }
        HttpResponse<String> noHeader =
                EventsApi.send(HttpRequest.newBuilder(ParleyClient.uri("/api/v1/profiles/" + user + "/events"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"1\",\"name\":\"Placed Order\"}")));
        assertThat(noHeader.statusCode()).isEqualTo(401);
        assertThat(ParleyClient.contentType(noHeader)).startsWith("application/problem+json");

        // The user never came into being: a real key creates them now, as new.
        String key = EventsApi.createKey(ParleyClient.signInAsAdmin()).getString("secret");
        assertThat(EventsApi.putProfile(key, user, "{}").statusCode()).isEqualTo(201);
    }

    @Test
    void agents_may_not_manage_keys_and_nobody_without_a_session_either() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        String email = "keys-" + UUID.randomUUID() + "@parley.test";
        HttpResponse<String> added = EventsApi.send(HttpRequest.newBuilder(ParleyClient.uri("/api/v1/agents"))
                .header("Content-Type", "application/json")
                .header("Cookie", admin.cookie())
                .header("X-Parley-CSRF", admin.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("email", email)
                        .add("name", "Key Agent")
                        .add("password", "key-agent-password")
                        .add("role", "agent")
                        .build()
                        .toString())));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        HttpResponse<String> signedIn = ParleyClient.signIn(email, "key-agent-password");
        AgentSession agent = new AgentSession(
                ParleyClient.sessionCookie(signedIn).orElseThrow(), ParleyClient.json(signedIn.body()));
        JsonObject existing = EventsApi.createKey(admin);

        assertThat(EventsApi.getAsAgent(EventsApi.API_KEYS, agent).statusCode()).isEqualTo(403);
        HttpResponse<String> create = EventsApi.send(HttpRequest.newBuilder(ParleyClient.uri(EventsApi.API_KEYS))
                .header("Content-Type", "application/json")
                .header("Cookie", agent.cookie())
                .header("X-Parley-CSRF", agent.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"mine\"}")));
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(ParleyClient.delete(EventsApi.API_KEYS + "/" + existing.getString("id"), agent)
                        .statusCode())
                .isEqualTo(403);
        assertThat(ParleyClient.get(EventsApi.API_KEYS).statusCode()).isEqualTo(401);
        HttpResponse<String> withoutCsrf =
                ParleyClient.delete(EventsApi.API_KEYS + "/" + existing.getString("id"), admin.cookie());
        assertThat(withoutCsrf.statusCode()).isEqualTo(403);

        // The key is still there and still works.
        assertThat(EventsApi.putProfile(existing.getString("secret"), EventsApi.newUser(), "{}")
                        .statusCode())
                .isEqualTo(201);
    }
}
