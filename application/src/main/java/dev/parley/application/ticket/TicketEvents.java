package dev.parley.application.ticket;

import dev.parley.application.webhook.port.in.PublishWebhookEventUseCase;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketStatus;
import dev.parley.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * A ticket as it was before a change, so that the change can be told to webhook endpoints: its status and its assignee.
 */
record TicketEvents(TicketStatus status, Optional<AgentId> assignee) {

    static TicketEvents before(Ticket ticket) {
        return new TicketEvents(ticket.status(), ticket.assignee());
    }

    /** Publishes what changed since, in the caller's transaction. */
    void publish(PublishWebhookEventUseCase webhooks, Ticket after, Instant at) {
        WebhookEvent.ticketChanges(
                        after.id(), after.conversation(), status, after.status(), assignee, after.assignee(), at)
                .forEach(webhooks::publish);
    }
}
