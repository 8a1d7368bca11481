package dev.parley.application.assistant.port.out;

import dev.parley.domain.conversation.ConversationId;

/** Shows the visitor that the AI agent is writing its answer (ephemeral, never stored). */
public interface ShowAssistantTypingPort {

    void typing(ConversationId conversation);
}
