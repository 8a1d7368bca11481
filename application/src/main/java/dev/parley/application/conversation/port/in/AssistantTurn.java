package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import java.util.Objects;

/**
 * A visitor's question that the store's AI agent is due to answer.
 *
 * @param conversation the conversation
 * @param seq the question's sequence number, the conversation's last
 * @param question the question's text
 * @param answered how many questions the AI agent answered in this conversation before
 * @param unsure how many of its last answers in a row it was not sure of
 */
public record AssistantTurn(ConversationId conversation, long seq, String question, int answered, int unsure) {

    public AssistantTurn {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(question, "question");
    }
}
