package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.VisitorId;
import java.util.Optional;

/**
 * What a handoff to the store's external helpdesk needs beyond the conversation: whether the helpdesk is connected,
 * the visitor's address, and the queued delivery. Implemented where Parley is wired, over the driving ports of the
 * handoff and the profile, which follow conversations and so may not be followed by them.
 */
public interface HelpdeskHandoffPort {

    /** Whether the helpdesk is connected, so that a handoff to it can be made. */
    boolean connected(Helpdesk helpdesk);

    /** The address Parley has for the visitor: the store's (a signed-in visitor's) or the one they gave; never logged. */
    Optional<String> knownEmail(VisitorId visitor);

    /**
     * Keeps the address the visitor gives for the helpdesk as their contact address.
     *
     * @return the address as kept (trimmed)
     * @throws dev.parley.domain.shared.InvalidValueException {@code invalid_email} for a bad address
     * @throws dev.parley.domain.shared.RateLimitedException over the contact limits
     */
    String keepEmail(VisitorId visitor, String clientAddress, String email);

    /** Queues the handoff in the caller's transaction, once per conversation. */
    void queue(
            ConversationId conversation,
            VisitorId visitor,
            Helpdesk helpdesk,
            String email,
            HandoffReason reason,
            Optional<String> language);
}
