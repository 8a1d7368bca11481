package dev.parley.application.webhook.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.webhook.StoredMessage;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells the webhook endpoints what happened: each event goes into the outbox of every enabled endpoint subscribed to its
 * type, in the caller's transaction, so that it is delivered only if what it tells was committed. Callers name what
 * happened by ids and words only.
 */
public interface PublishWebhookEventUseCase {

    /**
     * A ticket opened.
     *
     * @param status its status's name, such as {@code open}
     */
    void ticketOpened(TicketId ticket, ConversationId conversation, String status, Instant at);

    /**
     * A ticket changed: its status, its assignee, both or neither (then nothing is told).
     *
     * @param statusBefore the name of its status before, such as {@code open}
     * @param status the name of its status now
     */
    void ticketChanged(
            TicketId ticket,
            ConversationId conversation,
            String statusBefore,
            String status,
            Optional<AgentId> assigneeBefore,
            Optional<AgentId> assignee,
            Instant at);

    /** A message was stored (and, when it records one, the AI agent's handoff). */
    void messageStored(StoredMessage message);
}
