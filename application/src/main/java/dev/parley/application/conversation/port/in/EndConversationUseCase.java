package dev.parley.application.conversation.port.in;

/** Driven by the visitor's transports when the visitor ends the chat. */
public interface EndConversationUseCase {

    /**
     * Ends the conversation for good and closes its ticket; further help is a new conversation.
     *
     * @return the conversation as it is now
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when it is not the visitor's
     * @throws dev.parley.domain.conversation.ConversationClosedException when it is closed already
     */
    ConversationView end(EndConversationCommand command);
}
