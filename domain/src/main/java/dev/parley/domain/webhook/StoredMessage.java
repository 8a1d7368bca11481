package dev.parley.domain.webhook;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A committed message, as webhooks tell of it: the conversation's id and the message's place in it, and its content
 * in words, so that this context holds nothing of the conversation's own types.
 *
 * @param author {@code visitor}, {@code agent}, {@code bot} or {@code system}
 * @param agent the agent who wrote it, for an agent's message
 * @param text its text, if it has one
 * @param image whether it shows an image
 * @param event what a system message records, such as {@code closed_by_agent}
 * @param handoffReason why the AI agent handed the conversation to a person, when the message records that
 */
public record StoredMessage(
        ConversationId conversation,
        long seq,
        String author,
        Optional<AgentId> agent,
        Optional<String> text,
        boolean image,
        Optional<String> event,
        Optional<String> handoffReason,
        Instant at) {

    public StoredMessage {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(handoffReason, "handoffReason");
        Objects.requireNonNull(at, "at");
    }
}
