package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * What the team's integration tests share: the configured admin's session and members each test adds for itself,
 * under an address prefix, so that a test can find its own members again.
 */
abstract class TeamFixture {

    static final String AGENTS = "/api/v1/agents";

    /** Every member these tests add has an address with this prefix, so that they can find their own later. */
    static final String PREFIX = "team-it-";

    final AgentSession admin = ParleyClient.signInAsAdmin();

    record Member(String id, String email, String password) {}

    /** Adds a member through the API as the configured admin. */
    Member addMember(String role) {
        String email = uniqueEmail();
        String password = "password of " + email;
        HttpResponse<String> created = send(
                "POST",
                AGENTS,
                memberBody(email, "Team IT " + email.substring(8, 16), password, role),
                admin.cookie(),
                admin.csrfToken());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Member(json(created.body()).getString("id"), email, password);
    }

    static AgentSession signIn(Member member) {
        HttpResponse<String> response = ParleyClient.signIn(member.email(), member.password());
        assertThat(response.statusCode())
                .as("sign-in of %s: %s", member.email(), response.body())
                .isEqualTo(200);
        return new AgentSession(ParleyClient.sessionCookie(response).orElseThrow(), json(response.body()));
    }

    static String uniqueEmail() {
        return PREFIX + UUID.randomUUID() + "@parley.test";
    }

    static String memberBody(String email, String name, String password, String role) {
        return Json.createObjectBuilder()
                .add("email", email)
                .add("name", name)
                .add("password", password)
                .add("role", role)
                .build()
                .toString();
    }

    static HttpResponse<String> send(String method, String path, String jsonBody, String cookie, String csrfToken) {
        return ParleyClient.send(method, path, jsonBody, cookie, csrfToken);
    }
}
