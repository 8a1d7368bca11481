package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;

/**
 * A customer's text message: stored in their open SMS conversation, or in a new one that opens an SMS ticket; the AI
 * agent answers it first when it is on. Runs in the caller's transaction. Driving.
 */
public interface PostCustomerSmsUseCase {

    /**
     * Posts the message.
     *
     * @throws dev.parley.domain.shared.InvalidValueException when the text is empty or longer than a message may be
     */
    SmsPosted post(VisitorId customer, String text);

    /**
     * Where it went.
     *
     * @param started whether the conversation is new
     */
    record SmsPosted(ConversationId conversation, long seq, boolean started) {}
}
