package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.ConversationId;

/**
 * The SMS channel, seen from conversations: a reply on an SMS conversation is checked before it is stored and queued
 * for the phone in the transaction that stores it. Driven; made in the server, so that neither context knows the other.
 */
public interface SmsChannelPort {

    /**
     * Checks that a reply can go by SMS.
     *
     * @throws dev.parley.domain.sms.SmsReplyRefusedException when it cannot; the caller stores nothing
     */
    void check(ConversationId conversation, String text, boolean image);

    /** Queues a stored reply (message {@code seq}, with this text) for the phone. */
    void queue(ConversationId conversation, long seq, String text);
}
