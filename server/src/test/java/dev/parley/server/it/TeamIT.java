package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.adminEmail;
import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The team over REST: who may list, add, promote, demote and remove members and change passwords, and that every
 * refusal changes nothing.
 */
class TeamIT {

    private static final String AGENTS = "/api/v1/agents";
    private static final String ALL_AGENTS = AGENTS + "?includeDeactivated=true";
    private static final String SESSION = "/api/v1/agent/session";
    private static final String PASSWORD = "/api/v1/agents/me/password";
    /** Every member this test adds has an address with this prefix, so that it can find its own later. */
    private static final String PREFIX = "team-it-";

    private final AgentSession admin = ParleyClient.signInAsAdmin();

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
                        .containsExactlyInAnyOrder("id", "email", "name", "role", "createdAt", "deactivated");
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
    void changing_a_role_is_for_admins_with_the_csrf_token_only_and_holds_at_once() {
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
        assertThat(json(ParleyClient.get(SESSION, Optional.of(memberSession.cookie()))
                                .body())
                        .getString("role"))
                .isEqualTo("admin");

        HttpResponse<String> demoted =
                send("PATCH", path, "{\"role\":\"agent\"}", memberSession.cookie(), memberSession.csrfToken());
        assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(200);
        assertThat(json(demoted.body()).getString("role")).isEqualTo("agent");
        assertProblem(
                send("PATCH", path, promote, memberSession.cookie(), memberSession.csrfToken()), 403, "admins_only");
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
        assertProblem(ParleyClient.get(SESSION, Optional.of(session.cookie())), 401, "not_signed_in");
        assertProblem(ParleyClient.get(AGENTS, Optional.of(session.cookie())), 401, "not_signed_in");
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

    @Test
    void an_agent_changes_their_own_password_with_the_current_one() {
        Member member = addMember("agent");
        AgentSession session = signIn(member);
        String change = passwordBody(member.password(), "a brand new password");

        assertProblem(send("POST", PASSWORD, change, null, null), 401, "not_signed_in");
        assertProblem(send("POST", PASSWORD, change, session.cookie(), null), 403, "csrf_token_invalid");
        assertProblem(
                send(
                        "POST",
                        PASSWORD,
                        passwordBody("not my password", "a brand new password"),
                        session.cookie(),
                        session.csrfToken()),
                403,
                "wrong_password");
        assertProblem(
                send("POST", PASSWORD, passwordBody(member.password(), "short"), session.cookie(), session.csrfToken()),
                400,
                "weak_password");
        signIn(member);

        HttpResponse<String> changed = send("POST", PASSWORD, change, session.cookie(), session.csrfToken());

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertProblem(ParleyClient.signIn(member.email(), member.password()), 401, "sign_in_failed");
        signIn(new Member(member.id(), member.email(), "a brand new password"));
    }

    @Test
    void an_agent_chooses_the_language_of_their_own_account_and_nobody_elses() {
        Member member = addMember("agent");
        AgentSession session = signIn(member);
        String me = AGENTS + "/me";
        assertThat(session.agent().getString("locale"))
                .as("a new account speaks English")
                .isEqualTo("en");
        String adminsLocale = localeOf(admin);

        assertProblem(send("PATCH", me, "{\"locale\":\"pl\"}", null, null), 401, "not_signed_in");
        assertProblem(send("PATCH", me, "{\"locale\":\"pl\"}", session.cookie(), null), 403, "csrf_token_invalid");

        HttpResponse<String> changed = send("PATCH", me, "{\"locale\":\"pl\"}", session.cookie(), session.csrfToken());

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed.body())).isEqualTo(json("{\"locale\":\"pl\"}"));
        assertThat(localeOf(session))
                .as("the session speaks the account's language")
                .isEqualTo("pl");
        assertThat(localeOf(admin)).as("nobody else's account changed").isEqualTo(adminsLocale);
        assertThat(signIn(member).agent().getString("locale"))
                .as("a new sign-in answers it too")
                .isEqualTo("pl");
        assertThat(json(ParleyClient.get(AGENTS + "/" + member.id(), Optional.of(admin.cookie()))
                                .body())
                        .getString("role"))
                .as("the role stays as it was")
                .isEqualTo("agent");
    }

    @Test
    void only_english_and_polish_are_accepted_and_a_refusal_names_the_field_and_changes_nothing() {
        Member member = addMember("agent");
        AgentSession session = signIn(member);
        String me = AGENTS + "/me";
        HttpResponse<String> polish = send("PATCH", me, "{\"locale\":\"pl\"}", session.cookie(), session.csrfToken());
        assertThat(polish.statusCode()).as(polish.body()).isEqualTo(200);

        for (String body : List.of(
                "{\"locale\":\"de\"}",
                "{\"locale\":\"en-GB\"}",
                "{\"locale\":\"PL\"}",
                "{\"locale\":\"not a language\"}",
                "{\"locale\":\"\"}")) {
            HttpResponse<String> refused = send("PATCH", me, body, session.cookie(), session.csrfToken());
            assertProblem(refused, 400, "unsupported_locale");
            assertThat(json(refused.body()).getString("field")).as(body).isEqualTo("locale");
        }
        HttpResponse<String> missing = send("PATCH", me, "{}", session.cookie(), session.csrfToken());
        assertProblem(missing, 400, "missing_field");
        assertThat(json(missing.body()).getString("field")).isEqualTo("locale");

        assertThat(localeOf(session))
                .as("every refusal left the account as it was")
                .isEqualTo("pl");
    }

    /** The language the session answers for a signed-in agent. */
    private static String localeOf(AgentSession session) {
        HttpResponse<String> current = ParleyClient.get(SESSION, Optional.of(session.cookie()));
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        return json(current.body()).getString("locale");
    }

    private record Member(String id, String email, String password) {}

    /** Adds a member through the API as the configured admin. */
    private Member addMember(String role) {
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

    private static AgentSession signIn(Member member) {
        HttpResponse<String> response = ParleyClient.signIn(member.email(), member.password());
        assertThat(response.statusCode())
                .as("sign-in of %s: %s", member.email(), response.body())
                .isEqualTo(200);
        return new AgentSession(ParleyClient.sessionCookie(response).orElseThrow(), json(response.body()));
    }

    /** The whole team, removed members included, as the admin sees it: the state every refusal must leave alone. */
    private String allAgents() {
        HttpResponse<String> response = ParleyClient.get(ALL_AGENTS, Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String uniqueEmail() {
        return PREFIX + UUID.randomUUID() + "@parley.test";
    }

    private static String memberBody(String email, String name, String password, String role) {
        return Json.createObjectBuilder()
                .add("email", email)
                .add("name", name)
                .add("password", password)
                .add("role", role)
                .build()
                .toString();
    }

    private static String passwordBody(String current, String next) {
        return Json.createObjectBuilder()
                .add("currentPassword", current)
                .add("newPassword", next)
                .build()
                .toString();
    }

    private static HttpResponse<String> send(
            String method, String path, String jsonBody, String cookie, String csrfToken) {
        return ParleyClient.send(method, path, jsonBody, cookie, csrfToken);
    }
}
