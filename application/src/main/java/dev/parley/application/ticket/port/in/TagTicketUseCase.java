package dev.parley.application.ticket.port.in;

/** Driven by the REST adapter when an agent tags a ticket or untags it. */
public interface TagTicketUseCase {

    /**
     * Puts a tag on a ticket; a tag it carries already stays as it is.
     *
     * @return the ticket as the agent now sees it
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket
     * @throws dev.parley.domain.tag.TagNotFoundException when the store has no such tag
     * @throws dev.parley.domain.ticket.TooManyTicketTagsException when the ticket carries as many tags as it may
     */
    TicketSummary tag(TagTicketCommand command);

    /**
     * Takes a tag off a ticket; one it does not carry is no error.
     *
     * @return the ticket as the agent now sees it
     * @throws dev.parley.domain.ticket.TicketNotFoundException when there is no such ticket
     */
    TicketSummary untag(TagTicketCommand command);
}
