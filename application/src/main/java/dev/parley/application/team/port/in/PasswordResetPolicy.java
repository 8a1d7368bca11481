package dev.parley.application.team.port.in;

import dev.parley.domain.shared.RateLimit;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How password reset links work: how long a link works, and how many may be asked for, per client address and per
 * email address (each link is an email the store's mail server sends).
 *
 * @param lifetime how long a link works ({@code PARLEY_PASSWORD_RESET_LIFETIME})
 * @param perAddress {@code password_resets_per_address}: links asked for from one client address
 * @param perEmail {@code password_resets_per_email}: links asked for one email address
 * @param inboxUrl the agents' inbox as agents reach it ({@code PARLEY_PUBLIC_URL}{@code /inbox/}), which links start
 *     with
 */
public record PasswordResetPolicy(Duration lifetime, RateLimit perAddress, RateLimit perEmail, URI inboxUrl) {

    public PasswordResetPolicy {
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(inboxUrl, "inbox URL");
        Objects.requireNonNull(perAddress, "password resets per address");
        Objects.requireNonNull(perEmail, "password resets per email");
    }
}
