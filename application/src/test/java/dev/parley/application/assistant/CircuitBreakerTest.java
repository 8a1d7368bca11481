package dev.parley.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final Instant T0 = Instant.parse("2026-12-08T12:00:00Z");

    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofMinutes(5));

    @Test
    void opens_after_the_failures_in_a_row_and_stays_open_for_the_cool_down() {
        assertThat(breaker.failed(T0)).isFalse();
        assertThat(breaker.failed(T0)).isFalse();
        assertThat(breaker.allows(T0)).isTrue();

        assertThat(breaker.failed(T0)).isTrue();

        assertThat(breaker.allows(T0)).isFalse();
        assertThat(breaker.allows(T0.plus(Duration.ofMinutes(5)).minusMillis(1)))
                .isFalse();
        assertThat(breaker.allows(T0.plus(Duration.ofMinutes(5)))).isTrue();
    }

    @Test
    void a_success_starts_the_count_again() {
        breaker.failed(T0);
        breaker.failed(T0);
        breaker.succeeded();
        breaker.failed(T0);
        breaker.failed(T0);

        assertThat(breaker.allows(T0)).isTrue();
    }

    @Test
    void after_the_cool_down_one_failure_opens_it_again_and_one_success_closes_it() {
        breaker.failed(T0);
        breaker.failed(T0);
        breaker.failed(T0);
        Instant later = T0.plus(Duration.ofMinutes(5));

        assertThat(breaker.failed(later)).isTrue();
        assertThat(breaker.allows(later.plus(Duration.ofMinutes(4)))).isFalse();

        Instant again = later.plus(Duration.ofMinutes(5));
        breaker.succeeded();
        assertThat(breaker.allows(again)).isTrue();
        assertThat(breaker.failed(again)).isFalse();
        assertThat(breaker.allows(again)).isTrue();
    }
}
