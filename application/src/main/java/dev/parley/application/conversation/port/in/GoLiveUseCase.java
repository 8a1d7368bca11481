package dev.parley.application.conversation.port.in;

/** Driven by the visitor's transports when the visitor asks for a person. */
public interface GoLiveUseCase {

    /**
     * Makes a browsing conversation live, posting the welcome message; a live one stays as it is.
     *
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when it is not the visitor's
     * @throws dev.parley.domain.conversation.ConversationClosedException when it is closed
     */
    ConversationView goLive(GoLiveCommand command);
}
