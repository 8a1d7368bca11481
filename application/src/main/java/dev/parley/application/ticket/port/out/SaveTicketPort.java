package dev.parley.application.ticket.port.out;

import dev.parley.domain.ticket.Ticket;

/** Stores tickets; driven by the use cases that change them. */
public interface SaveTicketPort {

    void create(Ticket ticket);

    void update(Ticket ticket);
}
