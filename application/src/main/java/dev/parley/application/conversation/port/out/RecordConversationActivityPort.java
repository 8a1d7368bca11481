package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;

/**
 * Tells the helpdesk what happened in a conversation, inside the same transaction: the ticket context keeps its
 * tickets (creation, activity, waiting time, assignment, read marks) in step. Driven by the conversation use cases;
 * implemented by the ticket context, which therefore depends on conversations and never the other way round.
 */
public interface RecordConversationActivityPort {

    /** The visitor wrote; their first message opens the conversation's ticket. */
    void visitorWrote(ConversationId conversation, VisitorId visitor, Instant now);

    /** An agent replied with message {@code seq}. */
    void agentReplied(ConversationId conversation, AgentId agent, long seq, Instant now);

    /** The conversation ended; its ticket closes too. */
    void conversationEnded(ConversationId conversation, Instant now);
}
