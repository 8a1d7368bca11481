package dev.parley.application.team;

import dev.parley.application.team.port.out.SignInLockoutPort;
import dev.parley.domain.team.SignInLockout;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Keeps lock-outs in a map until their time to be forgotten, on the test's clock. */
final class InMemoryLockouts implements SignInLockoutPort {

    private final Clock clock;
    private final Map<String, Map.Entry<SignInLockout, Instant>> kept = new HashMap<>();

    InMemoryLockouts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<SignInLockout> find(String key) {
        Map.Entry<SignInLockout, Instant> entry = kept.get(key);
        if (entry == null || !entry.getValue().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.getKey());
    }

    @Override
    public void keep(String key, SignInLockout lockout, Instant forgetAt) {
        kept.put(key, Map.entry(lockout, forgetAt));
    }

    @Override
    public void forget(String key) {
        kept.remove(key);
    }
}
