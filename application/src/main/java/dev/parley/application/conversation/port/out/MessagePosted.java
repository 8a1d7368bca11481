package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person posted a message: the conversation's visitor, or an agent. Ids only; whoever reacts reads the rest.
 *
 * @param conversation the conversation it was posted to
 * @param seq the message's sequence number
 * @param visitor the conversation's visitor
 * @param agent the agent who wrote it; empty when the visitor did
 * @param at when it was posted
 */
public record MessagePosted(
        ConversationId conversation, long seq, VisitorId visitor, Optional<AgentId> agent, Instant at) {

    public MessagePosted {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(at, "at");
    }

    /** The visitor wrote message {@code seq}. */
    public static MessagePosted byVisitor(ConversationId conversation, long seq, VisitorId visitor, Instant at) {
        return new MessagePosted(conversation, seq, visitor, Optional.empty(), at);
    }

    /** An agent replied with message {@code seq}. */
    public static MessagePosted byAgent(
            ConversationId conversation, long seq, VisitorId visitor, AgentId agent, Instant at) {
        return new MessagePosted(conversation, seq, visitor, Optional.of(agent), at);
    }
}
