package dev.parley.application.profile.port.in;

import dev.parley.domain.shared.RateLimit;
import java.util.Objects;

/**
 * How often visitors may give their email address in the widget ({@code parley.limit.<name>}): every {@code contact}
 * frame counts, a valid one or not, since guessing costs the same. What is over a limit is refused and not stored.
 *
 * @param perVisitor {@code contacts_per_visitor}: addresses one visitor may give
 * @param perAddress {@code contacts_per_address}: addresses all visitors of one client address may give
 */
public record ContactLimits(RateLimit perVisitor, RateLimit perAddress) {

    public static final String PER_VISITOR = "contacts_per_visitor";
    public static final String PER_ADDRESS = "contacts_per_address";

    /** 10 an hour: a visitor gives an address once and may correct a typo a few times. */
    public static final String DEFAULT_PER_VISITOR = "10/1h";

    /** 100 an hour from one address, which may be an office or a mobile carrier's NAT. */
    public static final String DEFAULT_PER_ADDRESS = "100/1h";

    public ContactLimits {
        Objects.requireNonNull(perVisitor, "contacts per visitor");
        Objects.requireNonNull(perAddress, "contacts per address");
    }
}
