package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import java.time.Duration;
import java.util.Optional;

/** The visitor's side of a handoff to the store's external helpdesk, and its fallback when the helpdesk fails. */
public interface HelpdeskHandoffUseCase {

    /**
     * The visitor gives the address the helpdesk replies to: it is kept as the visitor's contact address, the
     * conversation is handed to the helpdesk, and it ends.
     *
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when it is not the visitor's conversation
     * @throws dev.parley.domain.conversation.HandoffNotWaitingException when it does not wait for an address
     * @throws dev.parley.domain.shared.InvalidValueException {@code invalid_email} for a bad address
     * @throws dev.parley.domain.shared.RateLimitedException over the contact limits
     */
    ConversationView giveHandoffEmail(
            VisitorId visitor,
            String clientAddress,
            ConversationId conversation,
            String email,
            Optional<String> language);

    /**
     * Handing the conversation to the helpdesk failed for good: a notice in the conversation tells the team the
     * address the visitor waits for a reply at, and it becomes a ticket in the inbox. Driven by the handoff worker.
     */
    void fallBackToInbox(ConversationId conversation, String email);

    /**
     * Hands to the inbox every conversation that waited longer than {@code after} for the visitor's address (they
     * left, or never answered), so that no question is lost; driven by the handoff worker.
     *
     * @return how many went to the inbox
     */
    int handWaitingToInbox(Duration after);
}
