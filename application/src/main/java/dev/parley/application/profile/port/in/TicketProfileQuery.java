package dev.parley.application.profile.port.in;

import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.util.List;

/** Driven by the inbox: the sidebar of a ticket. */
public interface TicketProfileQuery {

    /** The most other tickets listed. */
    int MAX_OTHER_TICKETS = 20;

    /**
     * The profile of the ticket's visitor and their other tickets (newest activity first, at most
     * {@link #MAX_OTHER_TICKETS}).
     *
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket
     */
    TicketProfile profileOfTicket(TicketId ticket, AgentId viewer);

    /**
     * The sidebar's content.
     *
     * @param profile the visitor's profile
     * @param otherTickets the visitor's other tickets, as the viewer sees them
     */
    record TicketProfile(ProfileView profile, List<TicketSummary> otherTickets) {}
}
