package dev.parley.application.conversation;

import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Admits uses within a sliding window on the test's clock: what the real counters promise, without their refill. */
public final class WindowedAdmissions implements AdmitUseCase {

    private record Use(Instant at, long amount) {}

    private final Clock clock;
    private final Map<String, List<Use>> uses = new HashMap<>();

    public WindowedAdmissions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void admit(RateLimit limit, String key, long amount) {
        Instant now = clock.instant();
        List<Use> counted = uses.computeIfAbsent(limit.name() + "/" + key, k -> new ArrayList<>());
        counted.removeIf(use -> !use.at().isAfter(now.minus(limit.window())));
        long used = counted.stream().mapToLong(Use::amount).sum();
        if (used + amount > limit.capacity()) {
            Instant freed = counted.isEmpty()
                    ? now.plus(limit.window())
                    : counted.get(0).at().plus(limit.window());
            throw new RateLimitedException(limit, Duration.between(now, freed));
        }
        counted.add(new Use(now, amount));
    }
}
