package dev.parley.application.notification.port.in;

/** Driven by the visitor's WebSocket when the visitor asks for their ended conversation by email. */
public interface SendTranscriptUseCase {

    /**
     * Emails the conversation's messages (never internal notes) to the visitor, in their language, at once.
     *
     * @return the address it went to, as the visitor typed it or as Parley had it
     * @throws dev.parley.domain.shared.RateLimitedException over {@link TranscriptLimits} (or the limits of a given
     *     address)
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when it is not the visitor's conversation
     * @throws dev.parley.domain.notification.ConversationNotEndedException while it is open
     * @throws dev.parley.domain.notification.TranscriptAddressMissingException without an address
     * @throws dev.parley.domain.shared.InvalidValueException {@code invalid_email} for a bad address
     * @throws MailServerMissingException without a mail server
     * @throws dev.parley.domain.notification.TranscriptNotSentException when the mail server cannot be reached or refuses it
     */
    String sendTranscript(SendTranscriptCommand command);
}
