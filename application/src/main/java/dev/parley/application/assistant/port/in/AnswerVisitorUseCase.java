package dev.parley.application.assistant.port.in;

import dev.parley.domain.conversation.ConversationId;
import java.util.Optional;

/**
 * Driven once a visitor's question to the store's AI agent is committed, off the socket's thread: the AI agent answers
 * it from the store's knowledge, offers choices, or hands the conversation to a person.
 */
public interface AnswerVisitorUseCase {

    /**
     * Answers question {@code seq}, unless it is no longer due (answered, or the conversation went on without it).
     *
     * @param language the visitor's language as a BCP 47 tag, if known
     */
    void answer(ConversationId conversation, long seq, Optional<String> language);
}
