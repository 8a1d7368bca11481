package dev.parley.domain.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration CAP = Duration.ofHours(1);

    @Test
    void a_first_lock_out_lasts_as_long_as_the_limit_needs() {
        SignInLockout lockout = SignInLockout.start(NOW, Duration.ofSeconds(90), Optional.empty(), CAP);

        assertThat(lockout.holds(NOW.plusSeconds(89))).isTrue();
        assertThat(lockout.holds(NOW.plusSeconds(90))).isFalse();
        assertThat(lockout.remaining(NOW.plusSeconds(30))).isEqualTo(Duration.ofSeconds(60));
        assertThat(lockout.remaining(NOW.plusSeconds(91))).isZero();
    }

    @Test
    void every_attempt_refused_doubles_it_from_then_up_to_the_cap() {
        SignInLockout lockout = SignInLockout.start(NOW, Duration.ofMinutes(10), Optional.empty(), CAP);

        SignInLockout twice = lockout.refusedAgain(NOW.plusSeconds(60), CAP);
        assertThat(twice.length()).isEqualTo(Duration.ofMinutes(20));
        assertThat(twice.until()).isEqualTo(NOW.plusSeconds(60).plus(Duration.ofMinutes(20)));

        SignInLockout fourTimes = twice.refusedAgain(NOW.plusSeconds(61), CAP);
        assertThat(fourTimes.length()).isEqualTo(Duration.ofMinutes(40));
        SignInLockout capped = fourTimes.refusedAgain(NOW.plusSeconds(62), CAP);
        assertThat(capped.length()).isEqualTo(CAP);
        assertThat(capped.refusedAgain(NOW.plusSeconds(63), CAP).length()).isEqualTo(CAP);
    }

    @Test
    void a_lock_out_while_the_last_is_remembered_starts_twice_as_long() {
        SignInLockout last = SignInLockout.start(NOW, Duration.ofMinutes(3), Optional.empty(), CAP);
        Instant later = last.until().plusSeconds(10);

        assertThat(SignInLockout.start(later, Duration.ofMinutes(3), Optional.of(last), CAP)
                        .length())
                .isEqualTo(Duration.ofMinutes(6));
        assertThat(last.forgottenAt(CAP)).isEqualTo(last.until().plus(CAP));
    }

    @Test
    void never_starts_longer_than_the_cap_nor_shorter_than_the_limit_needs() {
        assertThat(SignInLockout.start(NOW, Duration.ofHours(3), Optional.empty(), CAP)
                        .length())
                .isEqualTo(CAP);
        SignInLockout shortOne = SignInLockout.start(NOW, Duration.ofSeconds(5), Optional.empty(), CAP);
        assertThat(SignInLockout.start(NOW, Duration.ofMinutes(2), Optional.of(shortOne), CAP)
                        .length())
                .isEqualTo(Duration.ofMinutes(2));
    }
}
