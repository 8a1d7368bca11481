package dev.parley.application.conversation.port.out;

/**
 * Tells live subscribers that a conversation changed. Driven by the conversation use cases inside their
 * transaction; implementations deliver only once the transaction has committed, and never deliver the messages
 * themselves.
 */
public interface PublishConversationNewsPort {

    void publish(ConversationNews news);
}
