package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.adminEmail;
import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The team over REST: who may list, add, promote, demote and remove members, and that every refusal changes nothing.
 */
class TeamIT extends TeamFixture {

    private static final String ALL_AGENTS = AGENTS + "?includeDeactivated=true";

    private static final String SESSION = "/api/v1/agent/session";

    @Test
    void every_signed_in_agent_lists_the_active_team_by_name_and_nobody_else_does() {
        Member member = addMember("agent");
        AgentSession agent = signIn(member);

        assertProblem(ParleyClient.get(AGENTS), 401, "not_signed_in");

        for (AgentSession caller : List.of(agent, admin)) {
            HttpResponse<String> list = ParleyClient.get(AGENTS, Optional.of(caller.cookie()));
            assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
            List<JsonObject> team = ParleyClient.jsonArray(list.body()).getValuesAs(JsonObject.class);
            assertThat(team).extracting(m -> m.getString("email")).contains(adminEmail(), member.email());
            assertThat(team)
                    .extracting(m -> m.getString("name").toLowerCase(Locale.ROOT))
                    .isSortedAccordingTo(String::compareTo);
            assertThat(team).allSatisfy(m -> {
                assertThat(m.keySet())
                        .containsExactlyInAnyOrder(
                                "id", "email", "name", "role", "createdAt", "deactivated", "status", "presence");
                assertThat(m.getBoolean("deactivated")).isFalse();
            });
            assertThat(list.body()).doesNotContainIgnoringCase("password").doesNotContain("PBKDF2");
        }
    }

    @Test
    void adding_a_member_is_for_admins_with_the_csrf_token_only() {
        Member existing = addMember("agent");
        AgentSession agent = signIn(existing);
        String email = uniqueEmail();
        String body = memberBody(email, "New Member", "a good password", "agent");
        String before = allAgents();

        assertProblem(send("POST", AGENTS, body, null, null), 401, "not_signed_in");
        assertProblem(send("POST", AGENTS, body, agent.cookie(), agent.csrfToken()), 403, "admins_only");
        assertProblem(send("POST", AGENTS, body, admin.cookie(), null), 403, "csrf_token_invalid");
        assertProblem(send("POST", AGENTS, body, admin.cookie(), "not-the-token"), 403, "csrf_token_invalid");

        assertThat(allAgents()).isEqualTo(before);
        assertProblem(ParleyClient.signIn(email, "a good password"), 401, "sign_in_failed");
    }

    @Test
    void an_admin_adds_a_member_who_signs_in_with_their_password_as_an_agent() {
        String email = uniqueEmail();

        HttpResponse<String> created = send(
                "POST",
                AGENTS,
                memberBody(email.toUpperCase(Locale.ROOT), "  Nora New  ", "nora's password", "agent"),
                admin.cookie(),
                admin.csrfToken());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject member = json(created.body());
        assertThat(member.getString("email")).isEqualTo(email);
        assertThat(member.getString("name")).isEqualTo("Nora New");
        assertThat(member.getString("role")).isEqualTo("agent");
        assertThat(member.getBoolean("deactivated")).isFalse();
        assertThat(member.getString("createdAt")).isNotBlank();
        assertThat(created.body()).doesNotContainIgnoringCase("password").doesNotContain("nora's");
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(AGENTS + "/" + member.getString("id"));
        HttpResponse<String> fetched =
                ParleyClient.get(location.substring(location.indexOf(AGENTS)), Optional.of(admin.cookie()));
        assertThat(json(fetched.body())).isEqualTo(member);

        AgentSession nora = signIn(new Member(member.getString("id"), email, "nora's password"));
        assertThat(nora.agent().getString("role")).isEqualTo("agent");
        assertThat(nora.id()).isEqualTo(member.getString("id"));
    }

    @Test
    void an_address_is_taken_whatever_its_case() {
        Member existing = addMember("agent");
        String before = allAgents();

        assertProblem(
                send(
                        "POST",
                        AGENTS,
                        memberBody(existing.email().toUpperCase(Locale.ROOT), "Twin", "another password", "admin"),
                        admin.cookie(),
                        admin.csrfToken()),
                409,
                "email_taken");

        assertThat(allAgents()).isEqualTo(before);
    }

    @Test
    void bad_members_are_refused_with_a_problem_and_change_nothing() {
        String before = allAgents();

        assertProblem(
                send(
                        "POST",
                        AGENTS,
                        memberBody(uniqueEmail(), "Short", "short", "agent"),
                        admin.cookie(),
                        admin.csrfToken()),
                400,
                "weak_password");
        assertProblem(
                send(
                        "POST",
                        AGENTS,
                        memberBody(uniqueEmail(), "Long", "x".repeat(1_025), "agent"),
                        admin.cookie(),
                        admin.csrfToken()),
                400,
                "password_too_long");
        assertProblem(
                send(
                        "POST",
                        AGENTS,
                        memberBody("not an address", "Nobody", "a good password", "agent"),
                        admin.cookie(),
                        admin.csrfToken()),
                400,
                "invalid_email");
        assertProblem(
                send(
                        "POST",
                        AGENTS,
                        memberBody(uniqueEmail(), "Boss", "a good password", "owner"),
                        admin.cookie(),
                        admin.csrfToken()),
                400,
                "invalid_role");
        assertProblem(
                send(
                        "POST",
                        AGENTS,
                        memberBody(uniqueEmail(), " ", "a good password", "agent"),
                        admin.cookie(),
                        admin.csrfToken()),
                400,
                "invalid_name");
        assertProblem(
                send("POST", AGENTS, "{\"email\":\"" + uniqueEmail() + "\"}", admin.cookie(), admin.csrfToken()),
                400,
                "missing_field");
        assertProblem(send("POST", AGENTS, "{\"email\":", admin.cookie(), admin.csrfToken()), 400, "malformed_body");

        assertThat(allAgents()).isEqualTo(before);
    }

    @Test
    void changing_a_role_is_for_admins_with_the_csrf_token_only_and_the_member_signs_in_again() {
        Member member = addMember("agent");
        AgentSession memberSession = signIn(member);
        Member other = addMember("agent");
        AgentSession agent = signIn(other);
        String path = AGENTS + "/" + member.id();
        String promote = "{\"role\":\"admin\"}";
        String before = allAgents();

        assertProblem(send("PATCH", path, promote, null, null), 401, "not_signed_in");
        assertProblem(send("PATCH", path, promote, agent.cookie(), agent.csrfToken()), 403, "admins_only");
        assertProblem(
                send("PATCH", path, promote, memberSession.cookie(), memberSession.csrfToken()), 403, "admins_only");
        assertProblem(send("PATCH", path, promote, admin.cookie(), null), 403, "csrf_token_invalid");
        assertProblem(
                send("PATCH", path, "{\"role\":\"owner\"}", admin.cookie(), admin.csrfToken()), 400, "invalid_role");
        assertProblem(
                send("PATCH", AGENTS + "/" + UUID.randomUUID(), promote, admin.cookie(), admin.csrfToken()),
                404,
                "agent_not_found");
        assertProblem(
                send("PATCH", AGENTS + "/not-an-id", promote, admin.cookie(), admin.csrfToken()),
                404,
                "agent_not_found");
        assertThat(allAgents()).isEqualTo(before);

        HttpResponse<String> promoted = send("PATCH", path, promote, admin.cookie(), admin.csrfToken());
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(json(promoted.body()).getString("role")).isEqualTo("admin");
        assertThat(ParleyClient.sessionCookie(promoted))
                .as("the admin's own session is not rotated")
                .isEmpty();
        assertProblem(ParleyClient.get(SESSION, Optional.of(memberSession.cookie())), 401, "not_signed_in");
        AgentSession promotedSession = signIn(member);
        assertThat(promotedSession.agent().getString("role")).isEqualTo("admin");

        HttpResponse<String> demoted =
                send("PATCH", path, "{\"role\":\"agent\"}", promotedSession.cookie(), promotedSession.csrfToken());
        assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(200);
        assertThat(json(demoted.body()).getString("role")).isEqualTo("agent");
        AgentSession rotated = promotedSession.rotatedBy(demoted);
        assertProblem(ParleyClient.get(SESSION, Optional.of(promotedSession.cookie())), 401, "not_signed_in");
        assertThat(json(ParleyClient.get(SESSION, Optional.of(rotated.cookie())).body())
                        .getString("role"))
                .isEqualTo("agent");
        assertProblem(send("PATCH", path, promote, rotated.cookie(), rotated.csrfToken()), 403, "admins_only");
    }

    @Test
    void removing_a_member_is_for_admins_with_the_csrf_token_only() {
        Member member = addMember("agent");
        Member other = addMember("agent");
        AgentSession agent = signIn(other);
        String path = AGENTS + "/" + member.id();
        String before = allAgents();

        assertProblem(send("DELETE", path, null, null, null), 401, "not_signed_in");
        assertProblem(send("DELETE", path, null, agent.cookie(), agent.csrfToken()), 403, "admins_only");
        assertProblem(send("DELETE", path, null, admin.cookie(), null), 403, "csrf_token_invalid");
        assertProblem(
                send("DELETE", AGENTS + "/" + admin.id(), null, admin.cookie(), admin.csrfToken()),
                409,
                "cannot_remove_yourself");
        assertProblem(
                send("DELETE", AGENTS + "/" + UUID.randomUUID(), null, admin.cookie(), admin.csrfToken()),
                404,
                "agent_not_found");

        assertThat(allAgents()).isEqualTo(before);
        signIn(member);
    }

    @Test
    void a_removed_member_is_signed_out_cannot_sign_in_again_and_is_listed_only_when_asked() {
        Member member = addMember("agent");
        AgentSession session = signIn(member);

        HttpResponse<String> removed =
                send("DELETE", AGENTS + "/" + member.id(), null, admin.cookie(), admin.csrfToken());

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertProblem(ParleyClient.get(SESSION, Optional.of(session.cookie())), 401, "account_removed");
        assertProblem(ParleyClient.get(AGENTS, Optional.of(session.cookie())), 401, "account_removed");
        assertProblem(ParleyClient.signIn(member.email(), member.password()), 401, "sign_in_failed");
        assertThat(ParleyClient.jsonArray(ParleyClient.get(AGENTS, Optional.of(admin.cookie()))
                                .body())
                        .getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("id"))
                .doesNotContain(member.id());
        assertThat(ParleyClient.jsonArray(allAgents()).getValuesAs(JsonObject.class))
                .filteredOn(m -> m.getString("id").equals(member.id()))
                .singleElement()
                .satisfies(m -> assertThat(m.getBoolean("deactivated")).isTrue());
        assertProblem(
                send("DELETE", AGENTS + "/" + member.id(), null, admin.cookie(), admin.csrfToken()),
                404,
                "agent_not_found");
        assertProblem(
                send(
                        "POST",
                        AGENTS,
                        memberBody(member.email(), "Again", "a good password", "agent"),
                        admin.cookie(),
                        admin.csrfToken()),
                409,
                "email_taken");
    }

    @Test
    void the_last_admin_cannot_be_demoted() {
        // Only members this test added are removed, so that the configured admin can be the last one.
        for (JsonObject member : ParleyClient.jsonArray(
                        ParleyClient.get(AGENTS, Optional.of(admin.cookie())).body())
                .getValuesAs(JsonObject.class)) {
            if (member.getString("role").equals("admin")
                    && member.getString("email").startsWith(PREFIX)) {
                assertThat(send(
                                        "DELETE",
                                        AGENTS + "/" + member.getString("id"),
                                        null,
                                        admin.cookie(),
                                        admin.csrfToken())
                                .statusCode())
                        .isEqualTo(204);
            }
        }
        String before = allAgents();
        List<String> activeAdmins = ParleyClient.jsonArray(before).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("role").equals("admin") && !m.getBoolean("deactivated"))
                .map(m -> m.getString("id"))
                .toList();
        assumeThat(activeAdmins)
                .as("another admin, not added by this test, would make the demotion succeed")
                .containsExactly(admin.id());

        assertProblem(
                send("PATCH", AGENTS + "/" + admin.id(), "{\"role\":\"agent\"}", admin.cookie(), admin.csrfToken()),
                409,
                "last_admin");

        assertThat(allAgents()).isEqualTo(before);
        assertThat(json(ParleyClient.get(SESSION, Optional.of(admin.cookie())).body())
                        .getString("role"))
                .isEqualTo("admin");
    }

    /** The whole team, removed members included, as the admin sees it: the state every refusal must leave alone. */
    private String allAgents() {
        HttpResponse<String> response = ParleyClient.get(ALL_AGENTS, Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
