package dev.parley.server;

import java.time.Duration;

/**
 * How long a claimed attempt (a webhook delivery, a handoff, an SMS) keeps the other nodes off its row: {@code max(the
 * outbox's default lease, 3 × its timeout + 30 s)}. Past its lease another node takes the row again and sends once
 * more, so the lease outlasts an attempt that waits out its timeout on up to three calls, with time to spare for
 * recording the outcome; a longer configured timeout makes a longer lease, never a shorter one.
 */
final class ClaimLeases {

    /** What a lease holds beyond three timeouts. */
    static final Duration SPARE = Duration.ofSeconds(30);

    private ClaimLeases() {}

    /** The lease for attempts that wait at most {@code timeout} for each call, never shorter than {@code atLeast}. */
    static Duration lease(Duration atLeast, Duration timeout) {
        Duration outlasting = timeout.multipliedBy(3).plus(SPARE);
        return outlasting.compareTo(atLeast) > 0 ? outlasting : atLeast;
    }
}
