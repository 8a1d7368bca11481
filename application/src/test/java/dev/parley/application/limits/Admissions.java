package dev.parley.application.limits;

import dev.parley.application.limits.port.in.AdmitUseCase;
import java.time.Clock;

/** Admissions for tests of other contexts: one that counts on the test's clock, one that admits everything. */
public final class Admissions {

    private Admissions() {}

    /** Counts as the server does, on {@code clock}. */
    public static AdmitUseCase counting(Clock clock) {
        return new LimitsService(new CountingRateLimits(clock));
    }

    /** Admits everything, for tests about something else. */
    public static AdmitUseCase unlimited() {
        return (limit, key, amount) -> {};
    }
}
