package dev.parley.adapters.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.parley.application.team.port.out.SignInLockoutPort;
import dev.parley.domain.team.SignInLockout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps sign-in lock-outs in this node's memory (Caffeine), each until the time it is to be forgotten. At most
 * {@code parley.limits.max-keys-per-limit} keys are kept; past that Caffeine evicts the keys used least often, never
 * everyone, so that a flood of fresh addresses cannot lift the lock-outs of the keys under attack. Several nodes keep
 * them in PostgreSQL instead ({@link PostgreSqlSignInLockoutAdapter}); the server chooses one of the two.
 */
@ApplicationScoped
@Typed(InMemorySignInLockoutAdapter.class)
public class InMemorySignInLockoutAdapter implements SignInLockoutPort {

    private Clock clock;
    private Cache<String, Kept> lockouts;

    @Inject
    public InMemorySignInLockoutAdapter(
            Clock clock,
            @ConfigProperty(name = "parley.limits.max-keys-per-limit", defaultValue = "100000") long maxKeys) {
        this.clock = clock;
        this.lockouts = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfter(new UntilForgotten())
                .ticker(this::nanos)
                // Upkeep on the calling thread: no pool of the JDK behind the container's back.
                .executor(Runnable::run)
                .build();
    }

    /** For CDI proxies only. */
    protected InMemorySignInLockoutAdapter() {}

    @Override
    public Optional<SignInLockout> find(String key) {
        return Optional.ofNullable(lockouts.getIfPresent(key)).map(Kept::lockout);
    }

    @Override
    public void keep(String key, SignInLockout lockout, Instant forgetAt) {
        lockouts.put(key, new Kept(lockout, forgetAt));
    }

    @Override
    public void forget(String key) {
        lockouts.invalidate(key);
    }

    /** How many keys are kept now (for tests). */
    long keys() {
        lockouts.cleanUp();
        return lockouts.estimatedSize();
    }

    private long nanos() {
        Instant now = clock.instant();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }

    private record Kept(SignInLockout lockout, Instant forgetAt) {}

    /** Each lock-out lives until its own time to be forgotten, however it was read in between. */
    private final class UntilForgotten implements Expiry<String, Kept> {

        @Override
        public long expireAfterCreate(String key, Kept kept, long currentTime) {
            return Math.max(
                    0, Duration.between(clock.instant(), kept.forgetAt()).toNanos());
        }

        @Override
        public long expireAfterUpdate(String key, Kept kept, long currentTime, long currentDuration) {
            return expireAfterCreate(key, kept, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Kept kept, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
