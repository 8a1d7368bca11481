package dev.parley.domain.team;

import dev.parley.domain.shared.AgentId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A way back into an account whose password its agent forgot: a link with a random secret, emailed to the agent's
 * address, that sets a new password once, within its lifetime. Only the secret's hash is kept.
 *
 * @param id the hash of the link's secret
 * @param agent whose password the link sets
 * @param expiresAt when the link stops working
 * @param usedAt when it was used (or set aside by another), if it was
 */
public record PasswordReset(SessionTokenHash id, AgentId agent, Instant expiresAt, Optional<Instant> usedAt) {

    /** The shortest lifetime of a link: long enough to find the email. */
    public static final Duration MIN_LIFETIME = Duration.ofMinutes(5);

    /** The longest lifetime of a link. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(7);

    public PasswordReset {
        Objects.requireNonNull(id, "password reset id");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(expiresAt, "expiry");
        Objects.requireNonNull(usedAt, "use");
    }

    /**
     * A new link for {@code agent}, working for {@code lifetime} from {@code now}.
     *
     * @throws IllegalArgumentException when the lifetime is under {@link #MIN_LIFETIME} or over {@link #MAX_LIFETIME}
     */
    public static PasswordReset issue(SessionTokenHash id, AgentId agent, Instant now, Duration lifetime) {
        if (lifetime.compareTo(MIN_LIFETIME) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("A password reset link works for 5 minutes to 7 days");
        }
        return new PasswordReset(id, agent, now.plus(lifetime), Optional.empty());
    }

    /** Whether the link still sets a password at {@code now}: not used, not expired. */
    public boolean usableAt(Instant now) {
        return usedAt.isEmpty() && now.isBefore(expiresAt);
    }

    /**
     * The link, used at {@code now}.
     *
     * @throws PasswordResetLinkInvalidException when it was used already or has expired
     */
    public PasswordReset useAt(Instant now) {
        if (!usableAt(now)) {
            throw new PasswordResetLinkInvalidException();
        }
        return new PasswordReset(id, agent, expiresAt, Optional.of(now));
    }
}
