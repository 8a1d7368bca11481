package dev.parley.application.conversation.port.out;

/**
 * Tells whoever follows conversations what happened in one, inside the transaction that made it happen, so that a
 * reaction (such as opening a ticket) commits with it or not at all. Driven by the conversation use cases; the
 * conversation context does not know who listens.
 */
public interface PublishConversationActivityPort {

    /** A visitor or an agent posted a message. */
    void publish(MessagePosted posted);

    /** A conversation ended. */
    void publish(ConversationEnded ended);
}
