package dev.parley.domain.ticket;

import java.util.Objects;
import java.util.UUID;

/** Identifies a ticket in the helpdesk. */
public record TicketId(UUID value) {

    public TicketId {
        Objects.requireNonNull(value, "ticket id");
    }

    public static TicketId random() {
        return new TicketId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
