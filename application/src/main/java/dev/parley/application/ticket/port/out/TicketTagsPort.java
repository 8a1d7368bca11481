package dev.parley.application.ticket.port.out;

import dev.parley.domain.tag.TagId;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;

/** Which tags each ticket carries; driven by the ticket tagging use case. */
public interface TicketTagsPort {

    /** The tags a ticket carries, in the order they were put on. */
    List<TagId> tagsOf(TicketId ticket);

    /**
     * Puts a tag on a ticket.
     *
     * @param at when
     * @return whether it was not on it yet
     */
    boolean add(TicketId ticket, TagId tag, Instant at);

    /**
     * Takes a tag off a ticket.
     *
     * @return whether it was on it
     */
    boolean remove(TicketId ticket, TagId tag);
}
