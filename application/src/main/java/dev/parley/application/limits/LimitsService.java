package dev.parley.application.limits;

import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.limits.port.out.RateLimitPort;
import dev.parley.domain.shared.LimitedUse;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/** Admits or refuses uses of limited things, counted by the {@link RateLimitPort}. */
@ApplicationScoped
public class LimitsService implements AdmitUseCase {

    private RateLimitPort counters;

    @Inject
    public LimitsService(RateLimitPort counters) {
        this.counters = counters;
    }

    /** For CDI proxies only. */
    protected LimitsService() {}

    @Override
    public void admit(RateLimit limit, String key, long amount) {
        Objects.requireNonNull(key, "key");
        counters.take(limit, key, amount).ifPresent(wait -> {
            throw new RateLimitedException(limit, wait);
        });
    }

    @Override
    public void admitInTurn(List<LimitedUse> uses) {
        counters.takeInTurn(List.copyOf(uses)).ifPresent(refusal -> {
            throw new RateLimitedException(refusal.use().limit(), refusal.retryAfter());
        });
    }
}
