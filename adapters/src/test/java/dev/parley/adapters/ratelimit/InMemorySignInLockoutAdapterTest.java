package dev.parley.adapters.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.team.SignInLockout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemorySignInLockoutAdapterTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void keeps_a_lock_out_until_it_is_to_be_forgotten() {
        InMemorySignInLockoutAdapter lockouts = new InMemorySignInLockoutAdapter(clock, 1000);
        SignInLockout lockout = new SignInLockout(now.plusSeconds(60), Duration.ofSeconds(60));

        lockouts.keep("sign_in_failures_per_address:203.0.113.7", lockout, now.plusSeconds(120));

        now = now.plusSeconds(119);
        assertThat(lockouts.find("sign_in_failures_per_address:203.0.113.7")).contains(lockout);
        assertThat(lockouts.find("sign_in_failures_per_address:198.51.100.1")).isEmpty();
        now = now.plusSeconds(1);
        assertThat(lockouts.find("sign_in_failures_per_address:203.0.113.7")).isEmpty();
    }

    @Test
    void forgets_one_key_when_told() {
        InMemorySignInLockoutAdapter lockouts = new InMemorySignInLockoutAdapter(clock, 1000);
        SignInLockout lockout = new SignInLockout(now.plusSeconds(60), Duration.ofSeconds(60));
        lockouts.keep("a", lockout, now.plusSeconds(120));
        lockouts.keep("b", lockout, now.plusSeconds(120));

        lockouts.forget("a");

        assertThat(lockouts.find("a")).isEmpty();
        assertThat(lockouts.find("b")).contains(lockout);
    }

    @Test
    void a_flood_of_keys_is_bounded_without_forgetting_everyone() {
        InMemorySignInLockoutAdapter lockouts = new InMemorySignInLockoutAdapter(clock, 100);
        SignInLockout lockout = new SignInLockout(now.plusSeconds(60), Duration.ofSeconds(60));

        for (int i = 0; i < 1000; i++) {
            lockouts.keep("key" + i, lockout, now.plusSeconds(120));
        }

        assertThat(lockouts.keys()).isLessThanOrEqualTo(100).isGreaterThan(50);
    }
}
