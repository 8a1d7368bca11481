package dev.parley.application.conversation.port.in;

import dev.parley.domain.shared.RateLimit;
import java.util.Objects;

/**
 * How often visitors may rate conversations ({@code parley.limit.<name>}): every rating frame counts, a retry of the
 * same answer too, since a flood of retries costs the same as one of changes. What is over a limit is refused and not
 * stored.
 *
 * @param perVisitor {@code ratings_per_visitor}: ratings one visitor may give
 * @param perAddress {@code ratings_per_address}: ratings all visitors of one address may give
 */
public record RatingLimits(RateLimit perVisitor, RateLimit perAddress) {

    public static final String PER_VISITOR = "ratings_per_visitor";
    public static final String PER_ADDRESS = "ratings_per_address";

    /** 10 an hour: a visitor rates once and may change their mind a few times. */
    public static final String DEFAULT_PER_VISITOR = "10/1h";

    /** 100 an hour from one address, which may be an office or a mobile carrier's NAT. */
    public static final String DEFAULT_PER_ADDRESS = "100/1h";

    public RatingLimits {
        Objects.requireNonNull(perVisitor, "ratings per visitor");
        Objects.requireNonNull(perAddress, "ratings per address");
    }
}
