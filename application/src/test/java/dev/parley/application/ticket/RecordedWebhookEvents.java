package dev.parley.application.ticket;

import dev.parley.application.webhook.port.in.PublishWebhookEventUseCase;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.webhook.StoredMessage;
import dev.parley.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;

/** The webhook events the ticket use cases publish, in order, as the outbox would make them. */
final class RecordedWebhookEvents extends ArrayList<WebhookEvent> implements PublishWebhookEventUseCase {

    private static final long serialVersionUID = 1L;

    @Override
    public void ticketOpened(TicketId ticket, ConversationId conversation, String status, Instant at) {
        add(WebhookEvent.ticketCreated(ticket, conversation, status, at));
    }

    @Override
    public void ticketChanged(
            TicketId ticket,
            ConversationId conversation,
            String statusBefore,
            String status,
            Optional<AgentId> assigneeBefore,
            Optional<AgentId> assignee,
            Instant at) {
        addAll(WebhookEvent.ticketChanges(ticket, conversation, statusBefore, status, assigneeBefore, assignee, at));
    }

    @Override
    public void messageStored(StoredMessage message) {
        addAll(WebhookEvent.ofMessage(message));
    }
}
