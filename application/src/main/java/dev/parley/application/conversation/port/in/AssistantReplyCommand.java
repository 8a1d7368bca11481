package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import java.util.List;
import java.util.Objects;

/**
 * The store's AI agent answers the visitor's question {@code seq}.
 *
 * @param conversation the conversation
 * @param seq the question it answers; the answer is posted only while that question is still the last message
 * @param text the answer
 * @param citations its sources, or its "Did you mean…" choices
 * @param unsure whether the AI agent is not sure of it (it offers choices)
 */
public record AssistantReplyCommand(
        ConversationId conversation, long seq, String text, List<CitationView> citations, boolean unsure) {

    public AssistantReplyCommand {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
    }
}
