package dev.parley.application.handoff.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.VisitorId;
import java.util.Optional;

/**
 * Queues a conversation's handoff to the store's external helpdesk, in the transaction in which the AI agent handed it
 * off: the worker makes the ticket there, and falls back to Parley's inbox when it cannot.
 */
public interface QueueHandoffUseCase {

    /**
     * Queues the handoff, once per conversation.
     *
     * @param email the address the helpdesk replies to; never logged
     * @param language the visitor's language, when known
     */
    void queue(
            ConversationId conversation,
            VisitorId visitor,
            Helpdesk helpdesk,
            String email,
            HandoffReason reason,
            Optional<String> language);
}
