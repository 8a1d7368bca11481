package dev.parley.application.limits;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.MovableClock;
import dev.parley.domain.shared.LimitedUse;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsServiceTest {

    private static final RateLimit PER_VISITOR = RateLimit.perMinute("things_per_visitor", 2);
    private static final RateLimit PER_ADDRESS = RateLimit.perMinute("things_per_address", 3);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-08T10:00:00Z"));
    private final LimitsService limits = new LimitsService(new CountingRateLimits(clock));

    @Test
    void uses_in_turn_are_refused_by_the_first_limit_that_refuses_and_take_nothing_after_it() {
        limits.admitInTurn(uses("v1"));
        limits.admitInTurn(uses("v1"));

        assertThatThrownBy(() -> limits.admitInTurn(uses("v1")))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("limit", "things_per_visitor")
                .hasFieldOrPropertyWithValue("retryAfter", Duration.ofSeconds(30));

        // The refused visitor took nothing from the address: one more visitor still fits in its three.
        limits.admitInTurn(uses("v2"));
        assertThatThrownBy(() -> limits.admitInTurn(uses("v3")))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("limit", "things_per_address");
        // The address refused after v3's own limit was taken, as when each is admitted on its own.
        clock.advance(Duration.ofSeconds(20));
        assertThatCode(() -> limits.admitInTurn(uses("v3"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.admitInTurn(uses("v3")))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("limit", "things_per_visitor");
    }

    private static List<LimitedUse> uses(String visitor) {
        return List.of(LimitedUse.of(PER_VISITOR, visitor), LimitedUse.of(PER_ADDRESS, "203.0.113.7"));
    }
}
