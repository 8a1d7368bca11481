package dev.parley.application.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.team.port.in.CreateFirstAdminCommand;
import dev.parley.application.team.port.in.SignInCommand;
import dev.parley.application.team.port.in.SignInPolicy;
import dev.parley.application.team.port.out.PasswordHashingPort;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.Role;
import dev.parley.domain.team.SignInFailedException;
import dev.parley.domain.team.TooManySignInAttemptsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
    private final SignInService service =
            new SignInService(team, team, hashing, clock, new SignInPolicy(3, Duration.ofMinutes(15)));

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
    void refuses_further_attempts_after_too_many_failures_until_the_window_has_passed() {
        service.createIfTeamIsEmpty(admin("ada@shop.example"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> service.signIn(new SignInCommand("ada@shop.example", "wrong", "10.0.0.9")))
                    .isInstanceOf(SignInFailedException.class);
        }
        int checked = checkedHashes.size();

        assertThatThrownBy(() -> service.signIn(new SignInCommand("ADA@shop.example", "correct horse", "10.0.0.9")))
                .isInstanceOf(TooManySignInAttemptsException.class)
                .extracting("code")
                .isEqualTo("too_many_sign_in_attempts");
        assertThat(checkedHashes).hasSize(checked);
        assertThat(service.signIn(new SignInCommand("ada@shop.example", "correct horse", "10.0.0.10"))
                        .name())
                .isEqualTo("Ada");

        now = now.plus(Duration.ofMinutes(15));
        assertThat(service.signIn(new SignInCommand("ada@shop.example", "correct horse", "10.0.0.9"))
                        .name())
                .isEqualTo("Ada");
    }

    @Test
    void failures_below_the_limit_are_forgotten_after_a_success() {
        service.createIfTeamIsEmpty(admin("ada@shop.example"));
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> service.signIn(new SignInCommand("ada@shop.example", "wrong", "10.0.0.9")))
                        .isInstanceOf(SignInFailedException.class);
            }
            assertThat(service.signIn(new SignInCommand("ada@shop.example", "correct horse", "10.0.0.9"))
                            .name())
                    .isEqualTo("Ada");
        }
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
