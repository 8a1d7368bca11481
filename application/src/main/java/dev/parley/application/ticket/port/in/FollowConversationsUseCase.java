package dev.parley.application.ticket.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;

/**
 * Keeps tickets in step with what happens in their conversations (creation, activity, waiting time, assignment, read
 * marks). Driven by what the conversation context publishes, inside the transaction that made it happen, so that a
 * ticket exists as soon as the visitor's first message commits.
 */
public interface FollowConversationsUseCase {

    /** The visitor wrote; their first message opens the conversation's ticket. */
    void visitorWrote(ConversationId conversation, VisitorId visitor, Instant now);

    /** An agent replied with message {@code seq}. */
    void agentReplied(ConversationId conversation, AgentId agent, long seq, Instant now);

    /** The conversation ended; its ticket closes too, unless it is closed already. */
    void conversationEnded(ConversationId conversation, Instant now);
}
