package dev.parley.application.handoff.port.in;

import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RetrySchedule;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How handoffs to external helpdesks are delivered ({@code PARLEY_HANDOFF_*}).
 *
 * @param retries the waits between failed attempts and how many attempts a handoff gets before it falls back to
 *     Parley's inbox
 * @param claimLease how long a claimed handoff is kept from other workers (longer than a call's timeout)
 * @param batchSize how many due handoffs one round of the worker takes
 * @param testsPerAdmin how often one admin may test a connection ({@code helpdesk_tests_per_admin})
 * @param inboxUrl Parley's own inbox address, for the link in the helpdesk's note; empty when not configured
 */
public record HandoffPolicy(
        RetrySchedule retries, Duration claimLease, int batchSize, RateLimit testsPerAdmin, Optional<String> inboxUrl) {

    /** The name of the per-admin limit of connection tests. */
    public static final String TESTS_PER_ADMIN = "helpdesk_tests_per_admin";

    public HandoffPolicy {
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(claimLease, "claimLease");
        Objects.requireNonNull(testsPerAdmin, "testsPerAdmin");
        Objects.requireNonNull(inboxUrl, "inboxUrl");
        if (batchSize < 1) {
            throw new IllegalArgumentException("A round takes at least one handoff");
        }
    }
}
