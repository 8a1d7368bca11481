package dev.parley.application.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.limits.LimitsService;
import dev.parley.application.team.port.in.AddTeamMemberCommand;
import dev.parley.application.team.port.in.ChangePasswordCommand;
import dev.parley.application.team.port.in.ChangeRoleCommand;
import dev.parley.application.team.port.in.CreateFirstAdminCommand;
import dev.parley.application.team.port.in.SignInCommand;
import dev.parley.application.team.port.in.SignInPolicy;
import dev.parley.application.team.port.in.TeamMember;
import dev.parley.application.team.port.out.PasswordHashingPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.team.AdminsOnlyException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentNotFoundException;
import dev.parley.domain.team.CannotRemoveYourselfException;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.EmailTakenException;
import dev.parley.domain.team.LastAdminException;
import dev.parley.domain.team.Role;
import dev.parley.domain.team.SessionToken;
import dev.parley.domain.team.SignInFailedException;
import dev.parley.domain.team.TooManySignInAttemptsException;
import dev.parley.domain.team.WrongPasswordException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeamManagementTest {

    private final InMemoryTeam team = new InMemoryTeam();
    private final PasswordHashingPort hashing = new ReversibleHashing();

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AdminChangeAuditService admins =
            new AdminChangeAuditService(team, audit, Clock.fixed(now, ZoneOffset.UTC));
    private final InMemoryAgentSessions sessions = new InMemoryAgentSessions();
    private final AgentSessionService sessionService =
            InMemoryAgentSessions.service(sessions, team, Clock.fixed(now, ZoneOffset.UTC));
    private final TeamService service =
            new TeamService(team, team, hashing, Clock.fixed(now, ZoneOffset.UTC), team, team, sessionService, admins);
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    private final SignInPolicy signInPolicy = new SignInPolicy(
            RateLimit.parse("sign_in_failures_per_email", "3/15m"),
            RateLimit.parse("sign_in_failures_per_address", "10/15m"),
            Duration.ofHours(1));
    private final LimitsService limits = new LimitsService(new SlidingWindowLimits(clock));
    private final InMemoryLockouts lockouts = new InMemoryLockouts(clock);
    private final SignInService signIn = new SignInService(team, team, hashing, clock, signInPolicy, limits, lockouts);
    private final AccountService account =
            new AccountService(team, hashing, clock, signInPolicy, team, admins, sessionService, limits, lockouts);

    private AgentId ada;

    @BeforeEach
    void an_installation_with_its_first_admin() {
        signIn.createIfTeamIsEmpty(
                new CreateFirstAdminCommand(new EmailAddress("ada@shop.example"), "Ada", "correct horse"));
        ada = team.findByEmail(new EmailAddress("ada@shop.example"))
                .orElseThrow()
                .id();
    }

    @Test
    void an_admin_adds_a_member_who_can_then_sign_in() {
        TeamMember bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT));

        assertThat(bob.email()).isEqualTo("bob@shop.example");
        assertThat(bob.name()).isEqualTo("Bob");
        assertThat(bob.role()).isEqualTo(Role.AGENT);
        assertThat(bob.createdAt()).isEqualTo(now);
        assertThat(bob.deactivated()).isFalse();
        assertThat(team.stored(bob.id()).passwordHash()).isEqualTo("hashed:bobs password");
        assertThat(signIn.signIn(new SignInCommand("bob@shop.example", "bobs password", "10.0.0.1"))
                        .id())
                .isEqualTo(bob.id());
    }

    @Test
    void only_an_admin_adds_members() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT))
                .id();
        List<Agent> before = team.stored();

        assertThatThrownBy(() -> service.addTeamMember(bob, add("eve@shop.example", "Eve", Role.ADMIN)))
                .isInstanceOf(AdminsOnlyException.class)
                .extracting("code")
                .isEqualTo("admins_only");
        assertThatThrownBy(() -> service.addTeamMember(AgentId.random(), add("eve@shop.example", "Eve", Role.ADMIN)))
                .isInstanceOf(AdminsOnlyException.class);
        assertThat(team.stored()).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
    }

    @Test
    void an_address_belongs_to_one_account_whatever_its_case() {
        service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT));

        assertThatThrownBy(() -> service.addTeamMember(ada, add("BOB@Shop.Example", "Other Bob", Role.AGENT)))
                .isInstanceOf(EmailTakenException.class)
                .hasMessageContaining("bob@shop.example")
                .extracting("code")
                .isEqualTo("email_taken");
        assertThat(team.stored()).hasSize(2);
    }

    @Test
    void a_removed_members_address_stays_taken() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT))
                .id();
        service.removeTeamMember(ada, bob);

        assertThatThrownBy(() -> service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT)))
                .isInstanceOf(EmailTakenException.class);
    }

    @Test
    void a_new_password_has_8_to_1024_characters_and_is_never_printed() {
        assertThatThrownBy(() ->
                        new AddTeamMemberCommand(new EmailAddress("bob@shop.example"), "Bob", "short", Role.AGENT))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("weak_password");
        assertThatThrownBy(() -> new AddTeamMemberCommand(
                        new EmailAddress("bob@shop.example"), "Bob", "x".repeat(1_025), Role.AGENT))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("password_too_long");
        assertThatThrownBy(() -> new ChangePasswordCommand("whatever", "short"))
                .isInstanceOf(InvalidValueException.class);

        assertThat(add("bob@shop.example", "Bob", Role.AGENT).toString()).doesNotContain("bobs password");
        assertThat(new ChangePasswordCommand("old password", "new password").toString())
                .doesNotContain("old password")
                .doesNotContain("new password");
    }

    @Test
    void a_blank_name_is_refused() {
        assertThatThrownBy(() -> service.addTeamMember(ada, add("bob@shop.example", "  ", Role.AGENT)))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_name");
        assertThat(team.stored()).hasSize(1);
    }

    @Test
    void lists_the_active_team_by_name_and_the_removed_members_when_asked() {
        AgentId zoe = service.addTeamMember(ada, add("zoe@shop.example", "zoe", Role.AGENT))
                .id();
        service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.ADMIN));
        service.addTeamMember(ada, add("carl@shop.example", "carl", Role.AGENT));
        service.removeTeamMember(ada, zoe);

        assertThat(service.listTeam(false)).extracting(TeamMember::name).containsExactly("Ada", "Bob", "carl");
        assertThat(service.listTeam(true))
                .extracting(TeamMember::name, TeamMember::deactivated)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ada", false),
                        org.assertj.core.groups.Tuple.tuple("Bob", false),
                        org.assertj.core.groups.Tuple.tuple("carl", false),
                        org.assertj.core.groups.Tuple.tuple("zoe", true));
        assertThat(service.member(zoe))
                .hasValueSatisfying(member -> assertThat(member.deactivated()).isTrue());
    }

    @Test
    void an_admin_promotes_and_demotes_a_member() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT))
                .id();

        assertThat(service.changeRole(ada, anySession(), new ChangeRoleCommand(bob, Role.ADMIN))
                        .member()
                        .role())
                .isEqualTo(Role.ADMIN);
        assertThat(team.stored(bob).role()).isEqualTo(Role.ADMIN);
        assertThat(signIn.find(bob))
                .hasValueSatisfying(view -> assertThat(view.role()).isEqualTo(Role.ADMIN));
        signIn.requireAdmin(bob);

        assertThat(service.changeRole(ada, anySession(), new ChangeRoleCommand(bob, Role.AGENT))
                        .member()
                        .role())
                .isEqualTo(Role.AGENT);
        assertThat(team.stored(bob).role()).isEqualTo(Role.AGENT);
        assertThat(team.locks()).isEqualTo(2);
        assertThatThrownBy(() -> signIn.requireAdmin(bob)).isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() -> signIn.requireAdmin(AgentId.random())).isInstanceOf(AdminsOnlyException.class);
    }

    @Test
    void an_admin_may_step_down_while_another_admin_remains() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.ADMIN))
                .id();

        service.changeRole(ada, anySession(), new ChangeRoleCommand(ada, Role.AGENT));

        assertThat(team.stored(ada).role()).isEqualTo(Role.AGENT);
        assertThatThrownBy(() -> service.changeRole(bob, anySession(), new ChangeRoleCommand(bob, Role.AGENT)))
                .isInstanceOf(LastAdminException.class);
    }

    @Test
    void the_last_admin_cannot_be_demoted() {
        assertThatThrownBy(() -> service.changeRole(ada, anySession(), new ChangeRoleCommand(ada, Role.AGENT)))
                .isInstanceOf(LastAdminException.class)
                .extracting("code")
                .isEqualTo("last_admin");
        assertThat(team.stored(ada).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_removed_admin_does_not_count_as_an_admin() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.ADMIN))
                .id();
        service.removeTeamMember(ada, bob);

        assertThatThrownBy(() -> service.changeRole(ada, anySession(), new ChangeRoleCommand(ada, Role.AGENT)))
                .isInstanceOf(LastAdminException.class);
        assertThatThrownBy(() -> service.changeRole(bob, anySession(), new ChangeRoleCommand(ada, Role.AGENT)))
                .isInstanceOf(AdminsOnlyException.class);
    }

    @Test
    void only_an_admin_changes_roles() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT))
                .id();

        assertThatThrownBy(() -> service.changeRole(bob, anySession(), new ChangeRoleCommand(bob, Role.ADMIN)))
                .isInstanceOf(AdminsOnlyException.class);
        assertThat(team.stored(bob).role()).isEqualTo(Role.AGENT);
    }

    @Test
    void an_unknown_or_removed_member_is_not_found() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT))
                .id();
        service.removeTeamMember(ada, bob);

        assertThatThrownBy(() ->
                        service.changeRole(ada, anySession(), new ChangeRoleCommand(AgentId.random(), Role.ADMIN)))
                .isInstanceOf(AgentNotFoundException.class)
                .extracting("code")
                .isEqualTo("agent_not_found");
        assertThatThrownBy(() -> service.changeRole(ada, anySession(), new ChangeRoleCommand(bob, Role.ADMIN)))
                .isInstanceOf(AgentNotFoundException.class);
        assertThatThrownBy(() -> service.removeTeamMember(ada, bob)).isInstanceOf(AgentNotFoundException.class);
        assertThat(team.stored(bob).role()).isEqualTo(Role.AGENT);
    }

    @Test
    void a_removed_member_cannot_sign_in_is_not_found_but_keeps_their_name() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT))
                .id();

        service.removeTeamMember(ada, bob);

        assertThat(team.stored(bob).isDeactivated()).isTrue();
        assertThatThrownBy(() -> signIn.signIn(new SignInCommand("bob@shop.example", "bobs password", "10.0.0.1")))
                .isInstanceOf(SignInFailedException.class);
        assertThat(signIn.find(bob)).isEmpty();
        assertThat(team.displayNames(List.of(bob))).containsEntry(bob, "Bob");
        assertThat(sessions.ends()).containsExactly(bob + " removed");
    }

    @Test
    void every_change_of_the_team_is_recorded_as_its_actors_without_a_password_and_a_refusal_records_nothing() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT))
                .id();
        service.changeRole(ada, anySession(), new ChangeRoleCommand(bob, Role.ADMIN));
        service.changeRole(ada, anySession(), new ChangeRoleCommand(bob, Role.ADMIN));
        account.changePassword(bob, anySession(), new ChangePasswordCommand("bobs password", "bobs new password"));
        service.removeTeamMember(ada, bob);
        assertThatThrownBy(() -> service.changeRole(ada, anySession(), new ChangeRoleCommand(ada, Role.AGENT)));

        assertThat(audit.entries())
                .extracting(entry -> entry.action().code())
                .containsExactly(
                        "team.member_added", "team.role_changed", "team.password_changed", "team.member_removed");
        assertThat(audit.entries()).extracting(entry -> entry.actorName()).containsExactly("Ada", "Ada", "Bob", "Ada");
        assertThat(audit.entries())
                .allSatisfy(entry -> assertThat(entry.summary()).containsEntry("member", bob.toString()));
        assertThat(audit.entries().get(1).summary()).containsEntry("role", Map.of("before", "agent", "after", "admin"));
        assertThat(audit.entries().toString()).doesNotContain("password\"").doesNotContain("hashed:");
    }

    @Test
    void the_last_active_admin_can_be_neither_demoted_nor_removed_and_a_refusal_ends_no_session() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.ADMIN))
                .id();
        service.changeRole(ada, anySession(), new ChangeRoleCommand(bob, Role.AGENT));

        assertThatThrownBy(() -> service.changeRole(ada, anySession(), new ChangeRoleCommand(ada, Role.AGENT)))
                .isInstanceOf(LastAdminException.class);
        assertThatThrownBy(() -> service.removeTeamMember(ada, ada)).isInstanceOf(CannotRemoveYourselfException.class);
        assertThatThrownBy(() -> service.removeTeamMember(bob, ada)).isInstanceOf(AdminsOnlyException.class);
        assertThat(team.stored(ada).isActive()).isTrue();
        assertThat(team.stored(ada).role()).isEqualTo(Role.ADMIN);
        assertThat(sessions.ends()).containsExactly(bob + " role_changed");
    }

    @Test
    void only_an_admin_removes_members() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT))
                .id();
        AgentId carl = service.addTeamMember(ada, add("carl@shop.example", "Carl", Role.AGENT))
                .id();

        assertThatThrownBy(() -> service.removeTeamMember(bob, carl)).isInstanceOf(AdminsOnlyException.class);
        assertThat(team.stored(carl).isActive()).isTrue();
    }

    @Test
    void nobody_removes_themselves() {
        service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.ADMIN));

        assertThatThrownBy(() -> service.removeTeamMember(ada, ada)).isInstanceOf(CannotRemoveYourselfException.class);
        assertThat(team.stored(ada).isActive()).isTrue();
    }

    @Test
    void an_admin_removes_another_admin_and_stays_the_last_one() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.ADMIN))
                .id();

        service.removeTeamMember(ada, bob);

        assertThat(service.listTeam(false)).extracting(TeamMember::name).containsExactly("Ada");
        assertThat(team.locks()).isEqualTo(1);
        assertThatThrownBy(() -> service.changeRole(ada, anySession(), new ChangeRoleCommand(ada, Role.AGENT)))
                .isInstanceOf(LastAdminException.class);
    }

    @Test
    void an_agent_changes_their_own_password_with_the_current_one() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT))
                .id();

        account.changePassword(bob, anySession(), new ChangePasswordCommand("bobs password", "a better password"));

        assertThat(team.stored(bob).passwordHash()).isEqualTo("hashed:a better password");
        assertThatThrownBy(() -> signIn.signIn(new SignInCommand("bob@shop.example", "bobs password", "10.0.0.1")))
                .isInstanceOf(SignInFailedException.class);
        assertThat(signIn.signIn(new SignInCommand("bob@shop.example", "a better password", "10.0.0.1"))
                        .id())
                .isEqualTo(bob);
    }

    @Test
    void a_wrong_current_password_changes_nothing_and_is_throttled() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT))
                .id();

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> account.changePassword(
                            bob, anySession(), new ChangePasswordCommand("guess", "new password")))
                    .isInstanceOf(WrongPasswordException.class)
                    .extracting("code")
                    .isEqualTo("wrong_password");
        }
        assertThatThrownBy(() ->
                        account.changePassword(bob, anySession(), new ChangePasswordCommand("guess", "new password")))
                .isInstanceOf(TooManySignInAttemptsException.class);
        assertThatThrownBy(() -> account.changePassword(
                        bob, anySession(), new ChangePasswordCommand("bobs password", "new password")))
                .isInstanceOf(TooManySignInAttemptsException.class);
        assertThat(team.stored(bob).passwordHash()).isEqualTo("hashed:bobs password");
        // The guesses were guesses at Bob's password: signing in as Bob waits too.
        assertThatThrownBy(() -> signIn.signIn(new SignInCommand("bob@shop.example", "bobs password", "10.0.0.1")))
                .isInstanceOf(TooManySignInAttemptsException.class);
    }

    @Test
    void a_removed_agent_cannot_change_their_password() {
        AgentId bob = service.addTeamMember(ada, add("bob@shop.example", "Bob", Role.AGENT))
                .id();
        service.removeTeamMember(ada, bob);

        assertThatThrownBy(() -> account.changePassword(
                        bob, anySession(), new ChangePasswordCommand("bobs password", "new password")))
                .isInstanceOf(AgentNotFoundException.class);
    }

    /** A session token that is no session of the one who acts: nothing of theirs is rotated. */
    private static SessionToken anySession() {
        return SessionToken.issue(new SecureRandom());
    }

    private static AddTeamMemberCommand add(String email, String name, Role role) {
        String password = email.substring(0, email.indexOf('@')) + "s password";
        return new AddTeamMemberCommand(new EmailAddress(email), name, password, role);
    }
}
