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
    default SmsPosted post(VisitorId customer, String text) {
        return post(customer, text, true);
    }

    /**
     * Posts the message; one that is only a keyword to the SMS channel (STOP, START) is kept for the team to see, but
     * the AI agent is not asked to answer it.
     *
     * @param answerable whether the AI agent, when it answers the conversation, should answer this message
     * @throws dev.parley.domain.shared.InvalidValueException when the text is empty or longer than a message may be
     */
    SmsPosted post(VisitorId customer, String text, boolean answerable);

    /**
     * Where it went.
     *
     * @param started whether the conversation is new
     */
    record SmsPosted(ConversationId conversation, long seq, boolean started) {}
}
