package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import java.util.Objects;

/**
 * A visitor ends their chat.
 *
 * @param visitor the visitor, as established by the transport
 * @param conversation the conversation to end; it must be theirs
 */
public record EndConversationCommand(VisitorId visitor, ConversationId conversation) {

    public EndConversationCommand {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(conversation, "conversation");
    }
}
