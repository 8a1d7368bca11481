package dev.parley.application.conversation.port.in;

/** Driven by the visitor's transport when the widget shows messages to the visitor (read receipts). */
public interface RecordVisitorSeenUseCase {

    /**
     * Moves the visitor's read receipt forward (never back, never past the last message).
     *
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when the conversation is not theirs
     */
    ConversationView seen(VisitorSeenCommand command);
}
