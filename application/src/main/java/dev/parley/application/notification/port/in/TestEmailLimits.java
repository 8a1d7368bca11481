package dev.parley.application.notification.port.in;

import dev.parley.domain.shared.RateLimit;
import java.util.Objects;

/**
 * How many test emails an admin may send: each goes to their own address, but a loop of them would still make the
 * store's mail server send on Parley's behalf.
 *
 * @param perAdmin {@code test_emails_per_admin}: test emails one admin may send
 */
public record TestEmailLimits(RateLimit perAdmin) {

    public TestEmailLimits {
        Objects.requireNonNull(perAdmin, "test emails per admin");
    }
}
