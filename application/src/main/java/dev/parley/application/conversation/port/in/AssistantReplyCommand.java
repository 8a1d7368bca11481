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
 * @param inKind whether it answers no question but a greeting, thanks or a goodbye: it then counts neither toward the
 *     turn limit nor for the unsure answers in a row, and cites nothing
 */
public record AssistantReplyCommand(
        ConversationId conversation,
        long seq,
        String text,
        List<CitationView> citations,
        boolean unsure,
        boolean inKind) {

    public AssistantReplyCommand {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        if (inKind && (unsure || !citations.isEmpty())) {
            throw new IllegalArgumentException("A reply in kind is neither unsure nor cites anything");
        }
    }

    /** An answer to the visitor's question. */
    public AssistantReplyCommand(
            ConversationId conversation, long seq, String text, List<CitationView> citations, boolean unsure) {
        this(conversation, seq, text, citations, unsure, false);
    }

    /** A reply in kind to a greeting, thanks or a goodbye. */
    public static AssistantReplyCommand inKind(ConversationId conversation, long seq, String text) {
        return new AssistantReplyCommand(conversation, seq, text, List.of(), false, true);
    }
}
