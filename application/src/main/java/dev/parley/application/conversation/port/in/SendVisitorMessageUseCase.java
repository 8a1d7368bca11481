package dev.parley.application.conversation.port.in;

/** Driven by the visitor's transport (the widget's WebSocket) when a visitor writes. */
public interface SendVisitorMessageUseCase {

    /**
     * Commits the visitor's message and returns its receipt; the first message of a visitor starts a conversation,
     * posts the welcome message and opens a ticket. Sending the same client message id with the same text and image again
     * returns the first receipt and stores nothing.
     *
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when the conversation is not the visitor's
     * @throws dev.parley.domain.conversation.ConversationClosedException when the conversation is closed
     * @throws dev.parley.domain.conversation.ClientMessageIdReusedException when the id was used for another text or image
     * @throws dev.parley.domain.conversation.ImageNotFoundException when the image is not one the visitor did not upload
     * @throws dev.parley.domain.shared.RateLimitedException when the visitor or their address wrote too many messages,
     *     or started too many conversations, within the windows of the {@link VisitorWritingLimits}; a retry of a
     *     stored message is never refused for this
     */
    MessageReceipt send(SendVisitorMessageCommand command);
}
