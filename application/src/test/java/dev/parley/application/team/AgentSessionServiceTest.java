package dev.parley.application.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.MovableClock;
import dev.parley.application.limits.LimitsService;
import dev.parley.application.team.port.in.AddTeamMemberCommand;
import dev.parley.application.team.port.in.ChangePasswordCommand;
import dev.parley.application.team.port.in.ChangeRoleCommand;
import dev.parley.application.team.port.in.IssuedSession;
import dev.parley.application.team.port.in.RoleChanged;
import dev.parley.application.team.port.in.SessionCheck;
import dev.parley.application.team.port.in.SignInPolicy;
import dev.parley.application.team.port.out.PasswordHashingPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.Role;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionToken;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Agents' sessions: kept in the store, checked through a node's short cache, ended by changes to their agent. */
class AgentSessionServiceTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryTeam team = InMemoryTeam.withAdmin(AgentId.random(), "Ada");
    private final AgentId ada = team.loadTeam().get(0).id();
    private final AgentId bob = team.addAgent("Bob");
    private final InMemoryAgentSessions store = new InMemoryAgentSessions();
    private final AgentSessionService sessions = InMemoryAgentSessions.service(store, team, clock);

    private final PasswordHashingPort hashing = new ReversibleHashing();
    private final AdminChangeAuditService audit = new AdminChangeAuditService(team, new InMemoryAuditLog(), clock);
    private final TeamService teamService = new TeamService(team, team, hashing, clock, team, team, sessions, audit);
    private final AccountService accounts = new AccountService(
            team,
            hashing,
            clock,
            new SignInPolicy(
                    RateLimit.parse("sign_in_failures_per_email", "5/15m"),
                    RateLimit.parse("sign_in_failures_per_address", "10/15m"),
                    Duration.ofHours(1)),
            team,
            audit,
            sessions,
            new LimitsService(new SlidingWindowLimits(clock)),
            new InMemoryLockouts(clock));

    @Test
    void a_started_session_signs_its_agent_in_and_only_its_hash_is_stored() {
        IssuedSession issued = sessions.start(bob);

        SessionCheck check = sessions.check(issued.token());

        assertThat(check).isInstanceOfSatisfying(SessionCheck.SignedIn.class, signedIn -> {
            assertThat(signedIn.agent().id()).isEqualTo(bob);
            assertThat(signedIn.csrfToken()).isEqualTo(issued.csrfToken());
            assertThat(signedIn.session()).isEqualTo(issued.token().hash());
        });
        assertThat(store.row(issued.token().hash())).isPresent();
        assertThat(store.row(issued.token().hash()).orElseThrow().toString())
                .doesNotContain(issued.token().value());
        assertThat(issued.csrfToken()).isNotEqualTo(issued.token().value()).hasSize(43);
    }

    @Test
    void another_node_sees_which_of_its_sockets_sessions_ended_and_forgets_them_from_its_cache_when_told() {
        IssuedSession live = sessions.start(bob);
        IssuedSession signedOut = sessions.start(bob);
        IssuedSession idle = sessions.start(ada);
        AgentSessionService otherNode = InMemoryAgentSessions.service(store, team, clock);
        assertThat(otherNode.check(signedOut.token())).isInstanceOf(SessionCheck.SignedIn.class);

        sessions.signOut(signedOut.token());
        clock.advance(Duration.ofHours(4));
        sessions.check(live.token());
        clock.advance(Duration.ofHours(4));

        assertThat(otherNode.endedAmong(List.of(
                        live.token().hash(),
                        signedOut.token().hash(),
                        idle.token().hash())))
                .containsExactlyInAnyOrder(
                        signedOut.token().hash(), idle.token().hash());
        otherNode.forgetCached(bob, List.of(signedOut.token().hash()), false);
        assertThat(otherNode.check(signedOut.token()))
                .as("once told, the other node's cache no longer signs it in")
                .isInstanceOf(SessionCheck.Unknown.class);
    }

    @Test
    void a_token_nobody_was_given_signs_nobody_in() {
        sessions.start(bob);

        assertThat(sessions.check(SessionToken.issue(new java.security.SecureRandom())))
                .isInstanceOf(SessionCheck.Unknown.class);
    }

    @Test
    void a_fresh_node_reads_the_session_from_the_store_and_then_from_its_cache_until_it_is_stale() {
        IssuedSession issued = sessions.start(bob);
        // Another node, or this one after a restart: a service with an empty cache on the same store.
        AgentSessionService restarted = InMemoryAgentSessions.service(store, team, clock);

        assertThat(restarted.check(issued.token())).isInstanceOf(SessionCheck.SignedIn.class);
        assertThat(store.reads()).isEqualTo(1);
        restarted.check(issued.token());
        assertThat(store.reads()).as("the second check is served by the cache").isEqualTo(1);

        clock.advance(Duration.ofSeconds(10));
        assertThat(restarted.check(issued.token())).isInstanceOf(SessionCheck.SignedIn.class);
        assertThat(store.reads())
                .as("after ten seconds the store is read again")
                .isEqualTo(2);
    }

    @Test
    void a_session_idle_for_the_idle_timeout_expires_and_one_in_use_does_not() {
        IssuedSession used = sessions.start(bob);
        IssuedSession idle = sessions.start(bob);

        clock.advance(Duration.ofHours(8).minusSeconds(1));
        assertThat(sessions.check(used.token()))
                .as("one second before eight idle hours")
                .isInstanceOf(SessionCheck.SignedIn.class);
        clock.advance(Duration.ofSeconds(1));

        assertThat(sessions.check(idle.token())).as("at eight idle hours").isInstanceOf(SessionCheck.Unknown.class);
        assertThat(sessions.check(used.token())).as("used a second ago").isInstanceOf(SessionCheck.SignedIn.class);
    }

    @Test
    void using_a_session_is_recorded_at_most_once_a_minute() {
        IssuedSession issued = sessions.start(bob);

        for (int i = 0; i < 5; i++) {
            sessions.check(issued.token());
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(store.touches()).isZero();
        clock.advance(Duration.ofSeconds(10));
        sessions.check(issued.token());

        assertThat(store.touches()).isEqualTo(1);
        assertThat(store.row(issued.token().hash()).orElseThrow().lastSeenAt()).isEqualTo(clock.instant());
    }

    @Test
    void no_session_outlives_its_longest_life_however_much_it_is_used() {
        IssuedSession issued = sessions.start(bob);

        for (int hour = 0; hour < 7 * 24 - 1; hour++) {
            clock.advance(Duration.ofHours(1));
            assertThat(sessions.check(issued.token())).isInstanceOf(SessionCheck.SignedIn.class);
        }
        clock.advance(Duration.ofHours(1));

        assertThat(sessions.check(issued.token())).isInstanceOf(SessionCheck.Unknown.class);
    }

    @Test
    void signing_out_deletes_the_session_and_closes_its_connections_only() {
        IssuedSession laptop = sessions.start(bob);
        IssuedSession phone = sessions.start(bob);
        sessions.check(laptop.token());

        sessions.signOut(laptop.token());

        assertThat(sessions.check(laptop.token())).isInstanceOf(SessionCheck.Unknown.class);
        assertThat(store.row(laptop.token().hash())).isEmpty();
        assertThat(sessions.check(phone.token())).isInstanceOf(SessionCheck.SignedIn.class);
        assertThat(store.ends()).containsExactly(bob + " signed_out");
        assertThat(store.closedSessions()).containsExactly(laptop.token().hash().value());
    }

    @Test
    void the_purge_deletes_expired_sessions_closes_their_connections_and_keeps_the_others() {
        IssuedSession old = sessions.start(bob);
        clock.advance(Duration.ofHours(4));
        IssuedSession recent = sessions.start(ada);
        clock.advance(Duration.ofHours(4));

        assertThat(sessions.purgeExpired()).isEqualTo(1);

        assertThat(store.row(old.token().hash())).isEmpty();
        assertThat(store.row(recent.token().hash())).isPresent();
        assertThat(store.ends()).containsExactly(bob + " expired");
        assertThat(sessions.purgeExpired()).isZero();
    }

    @Test
    void a_password_change_ends_the_agents_other_sessions_and_rotates_the_current_one() {
        IssuedSession laptop = sessions.start(bob);
        IssuedSession phone = sessions.start(bob);
        IssuedSession admin = sessions.start(ada);
        sessions.check(phone.token());

        Optional<IssuedSession> rotated = accounts.changePassword(
                bob, laptop.token(), new ChangePasswordCommand("agent", "a brand new password"));

        assertThat(rotated).isPresent();
        assertThat(rotated.get().token()).isNotEqualTo(laptop.token());
        assertThat(rotated.get().csrfToken()).isNotEqualTo(laptop.csrfToken());
        assertThat(sessions.check(rotated.get().token())).isInstanceOf(SessionCheck.SignedIn.class);
        assertThat(sessions.check(laptop.token()))
                .as("the old token of the current session")
                .isInstanceOf(SessionCheck.Unknown.class);
        assertThat(sessions.check(phone.token())).isEqualTo(new SessionCheck.Ended(SessionEnd.PASSWORD_CHANGED));
        assertThat(sessions.check(admin.token())).isInstanceOf(SessionCheck.SignedIn.class);
        assertThat(store.ends()).containsExactly(bob + " password_changed");
        assertThat(store.closedSessions()).containsExactly(phone.token().hash().value());
        assertThat(store.rotations())
                .containsExactly(laptop.token().hash().value() + " -> "
                        + rotated.get().token().hash().value());
    }

    @Test
    void a_refused_password_change_ends_and_rotates_nothing() {
        IssuedSession laptop = sessions.start(bob);
        IssuedSession phone = sessions.start(bob);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.changePassword(
                bob, laptop.token(), new ChangePasswordCommand("not my password", "a brand new password")));

        assertThat(sessions.check(laptop.token())).isInstanceOf(SessionCheck.SignedIn.class);
        assertThat(sessions.check(phone.token())).isInstanceOf(SessionCheck.SignedIn.class);
        assertThat(store.ends()).isEmpty();
        assertThat(store.rotations()).isEmpty();
    }

    @Test
    void a_role_change_ends_every_session_of_the_member_and_rotates_none_of_the_admins() {
        IssuedSession bobs = sessions.start(bob);
        IssuedSession adas = sessions.start(ada);

        RoleChanged changed = teamService.changeRole(ada, adas.token(), new ChangeRoleCommand(bob, Role.ADMIN));

        assertThat(changed.rotatedSession()).isEmpty();
        assertThat(sessions.check(bobs.token())).isEqualTo(new SessionCheck.Ended(SessionEnd.ROLE_CHANGED));
        assertThat(sessions.check(adas.token())).isInstanceOf(SessionCheck.SignedIn.class);
        assertThat(store.ends()).containsExactly(bob + " role_changed");
    }

    @Test
    void an_admin_who_changes_their_own_role_goes_on_in_a_rotated_session_and_their_others_end() {
        AgentId carl = teamService
                .addTeamMember(
                        ada,
                        new AddTeamMemberCommand(
                                new EmailAddress("carl@shop.example"), "Carl", "carls password", Role.ADMIN))
                .id();
        IssuedSession desk = sessions.start(carl);
        IssuedSession phone = sessions.start(carl);

        RoleChanged changed = teamService.changeRole(carl, desk.token(), new ChangeRoleCommand(carl, Role.AGENT));

        assertThat(changed.rotatedSession()).isPresent();
        assertThat(sessions.check(changed.rotatedSession().get().token()))
                .isInstanceOfSatisfying(
                        SessionCheck.SignedIn.class,
                        signedIn -> assertThat(signedIn.agent().role()).isEqualTo(Role.AGENT));
        assertThat(sessions.check(desk.token())).isInstanceOf(SessionCheck.Unknown.class);
        assertThat(sessions.check(phone.token())).isEqualTo(new SessionCheck.Ended(SessionEnd.ROLE_CHANGED));
    }

    @Test
    void asking_for_the_role_a_member_has_ends_nothing() {
        IssuedSession bobs = sessions.start(bob);

        teamService.changeRole(ada, sessions.start(ada).token(), new ChangeRoleCommand(bob, Role.AGENT));

        assertThat(sessions.check(bobs.token())).isInstanceOf(SessionCheck.SignedIn.class);
        assertThat(store.ends()).isEmpty();
    }

    @Test
    void removal_ends_every_session_of_the_member_and_their_cookie_is_told_so() {
        IssuedSession laptop = sessions.start(bob);
        IssuedSession phone = sessions.start(bob);
        sessions.check(laptop.token());

        teamService.removeTeamMember(ada, bob);

        assertThat(sessions.check(laptop.token())).isEqualTo(new SessionCheck.Ended(SessionEnd.REMOVED));
        assertThat(sessions.check(phone.token())).isEqualTo(new SessionCheck.Ended(SessionEnd.REMOVED));
        assertThat(store.ends()).containsExactly(bob + " removed");
        assertThat(store.closedSessions())
                .containsExactlyInAnyOrder(
                        laptop.token().hash().value(), phone.token().hash().value());
    }

    @Test
    void an_ended_session_is_forgotten_once_it_would_have_expired() {
        IssuedSession laptop = sessions.start(bob);
        teamService.removeTeamMember(ada, bob);

        clock.advance(Duration.ofHours(8));

        assertThat(sessions.purgeExpired()).isEqualTo(1);
        assertThat(sessions.check(laptop.token())).isInstanceOf(SessionCheck.Unknown.class);
        assertThat(store.ends())
                .as("its connections were closed when it ended, not again")
                .containsExactly(bob + " removed");
    }
}
