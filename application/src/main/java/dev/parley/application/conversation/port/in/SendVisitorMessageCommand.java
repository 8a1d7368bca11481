package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.VisitorId;
import java.util.Objects;
import java.util.Optional;

/**
 * A visitor sends a message.
 *
 * @param visitor who sends it, as established by the transport (never taken from the message)
 * @param conversation the conversation the client holds, if any; without it the visitor's open conversation is used,
 *     or a new one starts
 * @param clientMessageId the client's id for this message, which makes retries safe
 * @param text what the visitor wrote
 */
public record SendVisitorMessageCommand(VisitorId visitor, Optional<ConversationId> conversation,
        ClientMessageId clientMessageId, MessageText text) {

    public SendVisitorMessageCommand {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(clientMessageId, "client message id");
        Objects.requireNonNull(text, "text");
    }
}
