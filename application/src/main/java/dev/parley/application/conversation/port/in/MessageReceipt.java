package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationId;
import java.util.Objects;

/**
 * Proof that a message is committed: where it went and the sequence number it got.
 *
 * @param conversation the conversation holding the message
 * @param seq the message's sequence number in that conversation
 * @param clientMessageId the client's id of the message
 */
public record MessageReceipt(ConversationId conversation, long seq, ClientMessageId clientMessageId) {

    public MessageReceipt {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(clientMessageId, "client message id");
    }
}
