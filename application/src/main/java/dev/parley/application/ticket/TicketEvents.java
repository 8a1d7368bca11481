package dev.parley.application.ticket;

import dev.parley.application.webhook.port.in.PublishWebhookEventUseCase;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A ticket as it was before a change, so that the change can be told to webhook endpoints: its status and its assignee.
 */
record TicketEvents(TicketStatus status, Optional<AgentId> assignee) {

    static TicketEvents before(Ticket ticket) {
        return new TicketEvents(ticket.status(), ticket.assignee());
    }

    /** Tells what changed since, in the caller's transaction. */
    void publish(PublishWebhookEventUseCase webhooks, Ticket after, Instant at) {
        webhooks.ticketChanged(
                after.id(), after.conversation(), name(status), name(after.status()), assignee, after.assignee(), at);
    }

    /** Tells that the ticket opened, in the caller's transaction. */
    static void opened(PublishWebhookEventUseCase webhooks, Ticket ticket, Instant at) {
        webhooks.ticketOpened(ticket.id(), ticket.conversation(), name(ticket.status()), at);
    }

    /** A status as webhooks name it: {@code open}, {@code snoozed}, {@code closed}. */
    private static String name(TicketStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
