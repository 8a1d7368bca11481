package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.application.assistant.port.out.ShowAssistantTypingPort;
import dev.parley.domain.conversation.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Shows the AI agent typing to the connections that follow the conversation (the visitor's, and agents who opened it):
 * a {@code typing} frame with author {@code bot}, in memory only.
 */
@ApplicationScoped
class WebSocketAssistantTyping implements ShowAssistantTypingPort {

    private ConnectionRegistry registry;

    @Inject
    WebSocketAssistantTyping(ConnectionRegistry registry) {
        this.registry = registry;
    }

    /** For CDI proxies only. */
    protected WebSocketAssistantTyping() {}

    @Override
    public void typing(ConversationId conversation) {
        registry.typing(null, conversation, new ServerFrames.Typing(conversation.toString(), "bot", "AI"), false);
    }
}
