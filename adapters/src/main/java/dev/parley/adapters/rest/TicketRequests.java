package dev.parley.adapters.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of ticket changes. */
final class TicketRequests {

    private TicketRequests() {}

    /**
     * Assign a ticket.
     *
     * @param assigneeId the agent to give it to; absent or null for nobody
     */
    public record Assign(@Size(max = 36) String assigneeId) {}

    /**
     * Snooze a ticket.
     *
     * @param until an ISO-8601 instant, such as {@code 2026-11-26T09:00:00Z}
     */
    public record Snooze(@NotNull @Size(max = 40) String until) {}
}
