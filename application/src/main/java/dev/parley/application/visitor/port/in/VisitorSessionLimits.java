package dev.parley.application.visitor.port.in;

import dev.parley.domain.shared.RateLimit;
import java.util.Objects;

/**
 * How often one client address may be issued a new anonymous visitor: by {@code POST /api/v1/visitor/session} without
 * a signed user id, or by a {@code hello} without a token Parley knows. Visitors the store signs for (identity
 * verification) are not counted: only the store can sign them, and its own servers may ask for many from one address.
 *
 * @param newVisitorsPerAddress the limit {@code visitor_sessions_per_address}, counted per client address
 */
public record VisitorSessionLimits(RateLimit newVisitorsPerAddress) {

    public VisitorSessionLimits {
        Objects.requireNonNull(newVisitorsPerAddress, "new visitors per address");
    }
}
