package dev.parley.application.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.limits.LimitsService;
import dev.parley.application.shared.TwoNodes;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.team.port.in.CreateFirstAdminCommand;
import dev.parley.application.team.port.in.SignInCommand;
import dev.parley.application.team.port.in.SignInPolicy;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.team.port.out.PasswordHashingPort;
import dev.parley.application.team.port.out.SaveAgentPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.Role;
import dev.parley.domain.team.SignInFailedException;
import dev.parley.domain.team.TooManySignInAttemptsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamServiceTest {

    private final InMemoryTeam team = new InMemoryTeam();
    private final List<String> checkedHashes = new ArrayList<>();

    /** Reversible on purpose: these tests are about the rules, not about hashing. */
    private final PasswordHashingPort hashing = new PasswordHashingPort() {
        @Override
        public String hash(String password) {
            return "hashed:" + password;
        }

        @Override
        public boolean matches(String password, String hash) {
            checkedHashes.add(hash);
            return hash.equals("hashed:" + password);
        }
    };

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private static final RateLimit PER_EMAIL = RateLimit.parse("sign_in_failures_per_email", "3/15m");
    private static final RateLimit PER_ADDRESS = RateLimit.parse("sign_in_failures_per_address", "5/15m");
    private final SlidingWindowLimits limits = new SlidingWindowLimits(clock);
    private final InMemoryLockouts lockouts = new InMemoryLockouts(clock);
    private final SignInService service = signInService(team, team);

    private SignInService signInService(LoadAgentPort agents, SaveAgentPort savedAgents) {
        return new SignInService(
                agents,
                savedAgents,
                hashing,
                clock,
                new SignInPolicy(PER_EMAIL, PER_ADDRESS, Duration.ofHours(1)),
                new LimitsService(limits),
                lockouts);
    }

    @Test
    void creates_the_first_admin_only_while_the_team_is_empty() {
        assertThat(service.createIfTeamIsEmpty(admin("ada@shop.example"))).isTrue();
        assertThat(service.createIfTeamIsEmpty(admin("eve@shop.example"))).isFalse();

        assertThat(team.stored()).singleElement().satisfies(agent -> {
            assertThat(agent.email().value()).isEqualTo("ada@shop.example");
            assertThat(agent.role()).isEqualTo(Role.ADMIN);
            assertThat(agent.passwordHash()).isEqualTo("hashed:correct horse");
        });
    }

    @Test
    void two_nodes_starting_at_once_with_two_addresses_make_one_first_admin() {
        OneDatabase database = new OneDatabase();
        SignInService otherNode = signInService(database, database);
        List<Boolean> otherCreated = new ArrayList<>();
        database.nodes.meanwhile(() -> otherCreated.add(otherNode.createIfTeamIsEmpty(admin("eve@shop.example"))));

        database.nodes.transaction(
                () -> signInService(database, database).createIfTeamIsEmpty(admin("ada@shop.example")));

        assertThat(otherCreated).as("the other node found the team made").containsExactly(false);
        assertThat(team.stored())
                .singleElement()
                .satisfies(agent -> assertThat(agent.email().value()).isEqualTo("ada@shop.example"));
    }

    @Test
    void two_nodes_starting_at_once_with_the_same_address_both_start() {
        OneDatabase database = new OneDatabase();
        SignInService otherNode = signInService(database, database);
        database.nodes.meanwhile(() -> otherNode.createIfTeamIsEmpty(admin("ada@shop.example")));

        assertThatCode(() -> database.nodes.transaction(
                        () -> signInService(database, database).createIfTeamIsEmpty(admin("ada@shop.example"))))
                .doesNotThrowAnyException();

        assertThat(team.stored()).hasSize(1);
    }

    /** The team's rows on one database with another node. */
    private final class OneDatabase implements LoadAgentPort, SaveAgentPort {

        final TwoNodes nodes = new TwoNodes();

        @Override
        public Optional<Agent> findById(AgentId id) {
            return team.findById(id);
        }

        @Override
        public Optional<Agent> findByEmail(EmailAddress email) {
            return team.findByEmail(email);
        }

        @Override
        public Map<AgentId, String> displayNames(Collection<AgentId> ids) {
            return team.displayNames(ids);
        }

        @Override
        public long countForAdding() {
            nodes.lockTheStore();
            long count = team.countForAdding();
            nodes.read();
            return count;
        }

        @Override
        public void create(Agent agent) {
            team.create(agent);
        }
    }

    @Test
    void signs_in_with_the_right_password_whatever_the_case_of_the_address() {
        service.createIfTeamIsEmpty(admin("ada@shop.example"));

        AgentView ada = service.signIn(new SignInCommand("Ada@Shop.Example", "correct horse", "10.0.0.1"));

        assertThat(ada.name()).isEqualTo("Ada");
        assertThat(ada.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_wrong_password_and_an_unknown_address_fail_alike_and_both_check_a_hash() {
        service.createIfTeamIsEmpty(admin("ada@shop.example"));

        assertThatThrownBy(() -> service.signIn(new SignInCommand("ada@shop.example", "wrong", "10.0.0.1")))
                .isInstanceOf(SignInFailedException.class)
                .hasMessage("The email address or the password is not right.");
        assertThatThrownBy(() -> service.signIn(new SignInCommand("nobody@shop.example", "wrong", "10.0.0.1")))
                .isInstanceOf(SignInFailedException.class)
                .hasMessage("The email address or the password is not right.");
        assertThatThrownBy(() -> service.signIn(new SignInCommand("not an address", "wrong", "10.0.0.1")))
                .isInstanceOf(SignInFailedException.class);
        assertThat(checkedHashes).hasSize(3);
    }

    @Test
    void the_failure_after_the_limit_for_one_account_locks_it_out_for_as_long_as_the_limit_needs() {
        service.createIfTeamIsEmpty(admin("ada@shop.example"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn("ada@shop.example", "wrong", "10.0.0.9"))
                    .isInstanceOf(SignInFailedException.class);
            now = now.plusSeconds(1);
        }

        assertThatThrownBy(() -> signIn("ADA@shop.example", "wrong", "10.0.0.10"))
                .isInstanceOfSatisfying(TooManySignInAttemptsException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("rate_limited");
                    assertThat(refused.limit()).isEqualTo("sign_in_failures_per_email");
                    // The first failure leaves the window 15 minutes after it came, 3 seconds ago.
                    assertThat(refused.retryAfter())
                            .isEqualTo(Duration.ofMinutes(15).minusSeconds(3));
                });
        assertThat(limits.used(PER_EMAIL, "ada@shop.example")).isEqualTo(3);
    }

    @Test
    void a_right_password_during_the_lock_out_is_refused_unchecked_and_the_lock_out_doubles() {
        service.createIfTeamIsEmpty(admin("ada@shop.example"));
        lockOutAda();
        int checked = checkedHashes.size();

        now = now.plus(Duration.ofMinutes(1));
        assertThatThrownBy(() -> signIn("ada@shop.example", "correct horse", "10.0.0.11"))
                .isInstanceOfSatisfying(
                        TooManySignInAttemptsException.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(30)));
        now = now.plus(Duration.ofMinutes(1));
        assertThatThrownBy(() -> signIn("ada@shop.example", "correct horse", "10.0.0.11"))
                .isInstanceOfSatisfying(
                        TooManySignInAttemptsException.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofHours(1)));
        now = now.plus(Duration.ofMinutes(1));
        assertThatThrownBy(() -> signIn("ada@shop.example", "correct horse", "10.0.0.11"))
                .isInstanceOfSatisfying(
                        TooManySignInAttemptsException.class,
                        refused -> assertThat(refused.retryAfter())
                                .as("never longer than the cap")
                                .isEqualTo(Duration.ofHours(1)));

        assertThat(checkedHashes).hasSize(checked);
        assertThat(limits.used(PER_EMAIL, "ada@shop.example")).isEqualTo(3);
    }

    @Test
    void who_waits_as_told_gets_in_with_the_right_password() {
        service.createIfTeamIsEmpty(admin("ada@shop.example"));
        lockOutAda();

        now = now.plus(Duration.ofMinutes(15)).minusMillis(1);
        assertThatThrownBy(() -> signIn("ada@shop.example", "correct horse", "10.0.0.9"))
                .isInstanceOf(TooManySignInAttemptsException.class);
        // That refusal doubled the lock-out from then on: 30 minutes.
        now = now.plus(Duration.ofMinutes(30)).minusMillis(1);
        assertThatThrownBy(() -> signIn("ada@shop.example", "correct horse", "10.0.0.9"))
                .isInstanceOf(TooManySignInAttemptsException.class);
        now = now.plus(Duration.ofHours(1));

        assertThat(signIn("ada@shop.example", "correct horse", "10.0.0.9").name())
                .isEqualTo("Ada");
    }

    @Test
    void a_lock_out_soon_after_the_last_one_lasts_twice_as_long() {
        service.createIfTeamIsEmpty(admin("ada@shop.example"));
        lockOutAda();
        now = now.plus(Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn("ada@shop.example", "wrong", "10.0.0.9"))
                    .isInstanceOf(SignInFailedException.class);
        }

        assertThatThrownBy(() -> signIn("ada@shop.example", "wrong", "10.0.0.9"))
                .isInstanceOfSatisfying(
                        TooManySignInAttemptsException.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(30)));
    }

    @Test
    void many_accounts_tried_from_one_address_lock_that_address_out_and_no_other() {
        service.createIfTeamIsEmpty(admin("ada@shop.example"));
        for (int i = 0; i < 5; i++) {
            String email = "guess" + i + "@shop.example";
            assertThatThrownBy(() -> signIn(email, "wrong", "203.0.113.7")).isInstanceOf(SignInFailedException.class);
        }

        assertThatThrownBy(() -> signIn("guess5@shop.example", "wrong", "203.0.113.7"))
                .isInstanceOfSatisfying(
                        TooManySignInAttemptsException.class,
                        refused -> assertThat(refused.limit()).isEqualTo("sign_in_failures_per_address"));
        int checked = checkedHashes.size();
        assertThatThrownBy(() -> signIn("ada@shop.example", "correct horse", "203.0.113.7"))
                .isInstanceOf(TooManySignInAttemptsException.class);
        assertThat(checkedHashes).hasSize(checked);
        assertThat(limits.used(PER_ADDRESS, "203.0.113.7")).isEqualTo(5);

        assertThat(signIn("ada@shop.example", "correct horse", "198.51.100.1").name())
                .isEqualTo("Ada");
    }

    @Test
    void a_success_from_an_address_does_not_forgive_that_address_its_failures() {
        service.createIfTeamIsEmpty(admin("ada@shop.example"));
        for (int i = 0; i < 4; i++) {
            String email = "guess" + i + "@shop.example";
            assertThatThrownBy(() -> signIn(email, "wrong", "203.0.113.7")).isInstanceOf(SignInFailedException.class);
        }

        assertThat(signIn("ada@shop.example", "correct horse", "203.0.113.7").name())
                .isEqualTo("Ada");

        assertThatThrownBy(() -> signIn("guess4@shop.example", "wrong", "203.0.113.7"))
                .isInstanceOf(SignInFailedException.class);
        assertThatThrownBy(() -> signIn("guess5@shop.example", "wrong", "203.0.113.7"))
                .isInstanceOf(TooManySignInAttemptsException.class);
    }

    @Test
    void failures_below_the_limit_do_not_lock_out() {
        service.createIfTeamIsEmpty(admin("ada@shop.example"));
        for (int round = 0; round < 3; round++) {
            assertThatThrownBy(() -> signIn("ada@shop.example", "wrong", "10.0.0.9"))
                    .isInstanceOf(SignInFailedException.class);
            assertThat(signIn("ada@shop.example", "correct horse", "10.0.0.9").name())
                    .isEqualTo("Ada");
            now = now.plus(Duration.ofMinutes(5));
        }
    }

    /** Three failures for Ada, then the one that locks her account out for 15 minutes. */
    private void lockOutAda() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn("ada@shop.example", "wrong", "10.0.0.9"))
                    .isInstanceOf(SignInFailedException.class);
        }
        assertThatThrownBy(() -> signIn("ada@shop.example", "wrong", "10.0.0.9"))
                .isInstanceOfSatisfying(
                        TooManySignInAttemptsException.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
    }

    private AgentView signIn(String email, String password, String client) {
        return service.signIn(new SignInCommand(email, password, client));
    }

    @Test
    void refuses_a_short_first_admin_password() {
        assertThatThrownBy(() -> new CreateFirstAdminCommand(new EmailAddress("ada@shop.example"), "Ada", "short"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void never_prints_the_password() {
        assertThat(new SignInCommand("ada@shop.example", "correct horse", "10.0.0.1").toString())
                .doesNotContain("correct horse");
        assertThat(admin("ada@shop.example").toString()).doesNotContain("correct horse");
    }

    private static CreateFirstAdminCommand admin(String email) {
        return new CreateFirstAdminCommand(new EmailAddress(email), "Ada", "correct horse");
    }
}
