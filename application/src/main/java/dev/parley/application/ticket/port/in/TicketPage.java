package dev.parley.application.ticket.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of an inbox list, newest activity first.
 *
 * @param tickets the tickets of this page
 * @param nextCursor where the next page starts, absent on the last page
 */
public record TicketPage(List<TicketSummary> tickets, Optional<String> nextCursor) {

    public TicketPage {
        tickets = List.copyOf(tickets);
        Objects.requireNonNull(nextCursor, "next cursor");
    }
}
