package dev.parley.adapters.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.shared.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryRateLimitAdapterTest {

    private static final RateLimit THREE_A_MINUTE = RateLimit.perMinute("test_things", 3);

    private final MovableClock clock = new MovableClock();
    private final InMemoryRateLimitAdapter counters = new InMemoryRateLimitAdapter(clock, 1000);

    @Test
    void admits_up_to_the_capacity_and_refuses_the_next_with_the_wait() {
        for (int i = 0; i < 3; i++) {
            assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isEmpty();
        }
        assertThat(counters.take(THREE_A_MINUTE, "a", 1))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)));
    }

    @Test
    void keys_are_counted_apart() {
        for (int i = 0; i < 3; i++) {
            counters.take(THREE_A_MINUTE, "a", 1);
        }
        assertThat(counters.take(THREE_A_MINUTE, "b", 1)).isEmpty();
    }

    @Test
    void the_allowance_comes_back_over_the_window() {
        for (int i = 0; i < 3; i++) {
            counters.take(THREE_A_MINUTE, "a", 1);
        }
        clock.advance(Duration.ofSeconds(19));
        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isEmpty();
        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(counters.take(THREE_A_MINUTE, "a", 3)).isEmpty();
    }

    @Test
    void a_refused_amount_takes_nothing() {
        counters.take(THREE_A_MINUTE, "a", 2);
        assertThat(counters.take(THREE_A_MINUTE, "a", 2)).isPresent();
        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isEmpty();
    }

    @Test
    void more_than_the_capacity_at_once_is_never_admitted() {
        assertThat(counters.take(THREE_A_MINUTE, "a", 4)).contains(Duration.ofMinutes(1));
        assertThat(counters.take(THREE_A_MINUTE, "a", 3)).isEmpty();
    }

    @Test
    void idle_keys_are_forgotten_after_the_window() {
        counters.take(THREE_A_MINUTE, "a", 1);
        assertThat(counters.keys(THREE_A_MINUTE)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(2));
        assertThat(counters.keys(THREE_A_MINUTE)).isZero();
    }

    @Test
    void a_flood_of_fresh_keys_does_not_reset_a_key_that_keeps_trying() {
        InMemoryRateLimitAdapter small = new InMemoryRateLimitAdapter(clock, 100);
        for (int i = 0; i < 5_000; i++) {
            small.take(THREE_A_MINUTE, "fresh-" + i, 1);
            if (i % 10 == 0) {
                small.take(THREE_A_MINUTE, "busy", 1);
            }
        }
        assertThat(small.keys(THREE_A_MINUTE)).isLessThanOrEqualTo(100);
        assertThat(small.take(THREE_A_MINUTE, "busy", 1)).isPresent();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-05T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

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
    }
}
