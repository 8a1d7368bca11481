package dev.parley.application.conversation.port.in;

/** Driven by the inbox's transport when an agent replies. */
public interface ReplyAsAgentUseCase {

    /**
     * Commits the agent's reply and returns its receipt; an unassigned ticket becomes the agent's. Sending the same
     * client message id with the same text and image again returns the first receipt and stores nothing.
     *
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when there is no such conversation
     * @throws dev.parley.domain.conversation.ConversationClosedException when the conversation is closed
     * @throws dev.parley.domain.conversation.ClientMessageIdReusedException when the id was used for another text or image
     * @throws dev.parley.domain.conversation.ImageNotFoundException when the image is not one no agent uploaded
     */
    MessageReceipt reply(ReplyAsAgentCommand command);
}
