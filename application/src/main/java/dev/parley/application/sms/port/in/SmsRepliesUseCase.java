package dev.parley.application.sms.port.in;

import dev.parley.domain.conversation.ConversationId;

/** The replies of an SMS conversation: checked before they are stored, queued for the phone with them. Driving. */
public interface SmsRepliesUseCase {

    /**
     * Checks that a reply can go by SMS, before anything is stored.
     *
     * @throws dev.parley.domain.sms.SmsReplyRefusedException when it cannot
     */
    void check(ConversationId conversation, String text, boolean image);

    /** Queues a stored reply for the phone, in the transaction that stored it. */
    void queue(ConversationId conversation, long seq, String text);
}
