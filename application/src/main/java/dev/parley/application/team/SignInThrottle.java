package dev.parley.application.team;

import dev.parley.application.team.port.in.SignInPolicy;
import dev.parley.domain.team.TooManySignInAttemptsException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per attempt key (an address from a client) within the policy's window. The counts live in
 * this node's memory on purpose: they protect passwords, not data, and are forgotten harmlessly on restart.
 */
final class SignInThrottle {

    /** Forget keys once this many are tracked, oldest first, so that a flood cannot exhaust memory. */
    private static final int MAX_KEYS = 100_000;

    private final SignInPolicy policy;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(SignInPolicy policy) {
        this.policy = policy;
    }

    void check(String key, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() >= policy.maxFailures()) {
                throw new TooManySignInAttemptsException(
                        Duration.between(now, recent.peekFirst().plus(policy.window())));
            }
        }
    }

    void failed(String key, Instant now) {
        if (failures.size() >= MAX_KEYS) {
            failures.clear();
        }
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
    }

    void succeeded(String key) {
        failures.remove(key);
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(policy.window());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }
}
