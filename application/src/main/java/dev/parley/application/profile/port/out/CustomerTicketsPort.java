package dev.parley.application.profile.port.out;

import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.List;

/** A customer's tickets as inbox rows, for the profile beside a ticket; driven by the profile use cases. */
public interface CustomerTicketsPort {

    /** The visitor's tickets as {@code viewer} sees them as of {@code now}, newest activity first, at most {@code limit}. */
    List<TicketSummary> ofVisitor(VisitorId visitor, AgentId viewer, Instant now, int limit);
}
