package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Team members that a test adds for itself, signs in and removes again. */
final class TeamApi {

    static final String AGENTS = "/api/v1/agents";

    private TeamApi() {}

    /** Adds a member with a unique address under the prefix and signs them in; fails the test unless both work. */
    static AgentSession addAndSignIn(AgentSession admin, String prefix, String name, String role) {
        String email = prefix + UUID.randomUUID() + "@parley.test";
        String password = "password of " + name;
        HttpResponse<String> created = ParleyClient.send(
                "POST",
                AGENTS,
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("name", name)
                        .add("password", password)
                        .add("role", role)
                        .build()
                        .toString(),
                admin.cookie(),
                admin.csrfToken());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> signedIn = ParleyClient.signIn(email, password);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        return new AgentSession(ParleyClient.sessionCookie(signedIn).orElseThrow(), ParleyClient.json(signedIn.body()));
    }

    /** Removes (deactivates) a member; a member removed already is fine. */
    static void remove(AgentSession admin, String agentId) {
        HttpResponse<String> removed = ParleyClient.delete(AGENTS + "/" + agentId, admin);
        assertThat(removed.statusCode()).as(removed.body()).isIn(204, 404);
    }
}
