package dev.parley.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void reads_a_capacity_per_window() {
        assertThat(RateLimit.parse("things", "30/1h")).isEqualTo(new RateLimit("things", 30, Duration.ofHours(1)));
        assertThat(RateLimit.parse("things", " 20 / 10s "))
                .isEqualTo(new RateLimit("things", 20, Duration.ofSeconds(10)));
        assertThat(RateLimit.parse("things", "5/2m").window()).isEqualTo(Duration.ofMinutes(2));
        assertThat(RateLimit.parse("things", "1/1d").window()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void refuses_what_is_not_a_limit() {
        assertThatThrownBy(() -> RateLimit.parse("things", "30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.parse("things", "30/h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.parse("things", "0/1h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.parse("things", "3/0s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.parse("Things", "3/1s")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_refusal_says_which_limit_and_how_long_to_wait() {
        RateLimitedException refused =
                new RateLimitedException(RateLimit.perHour("visitor_uploads", 60), Duration.ofMillis(1500));
        assertThat(refused.code()).isEqualTo("rate_limited");
        assertThat(refused.limit()).isEqualTo("visitor_uploads");
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
        assertThat(refused.getMessage()).contains("at most 60 per hour").contains("2 seconds");
    }
}
