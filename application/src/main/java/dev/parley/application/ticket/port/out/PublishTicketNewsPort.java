package dev.parley.application.ticket.port.out;

/**
 * Tells live subscribers that a ticket changed. Driven by the ticket use cases inside their transaction;
 * implementations deliver only once the transaction has committed.
 */
public interface PublishTicketNewsPort {

    void publish(TicketNews news);
}
