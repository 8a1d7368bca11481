package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.util.List;
import java.util.Optional;

/** Reads committed messages; driven by the conversation use cases and the history query. */
public interface LoadMessagesPort {

    /** Messages with a sequence number above {@code afterSeq}, in order, at most {@code limit}. */
    List<Message> after(ConversationId conversation, long afterSeq, int limit);

    /** The message a visitor sent under a client message id, in any of their conversations. */
    Optional<Message> findSentByVisitor(VisitorId visitor, ClientMessageId clientMessageId);

    /**
     * The message one agent sent under a client message id in one conversation. Client message ids are unique per
     * sender: the visitor's or another agent's message under the same id is not this agent's.
     */
    Optional<Message> findSentByAgent(ConversationId conversation, AgentId agent, ClientMessageId clientMessageId);
}
