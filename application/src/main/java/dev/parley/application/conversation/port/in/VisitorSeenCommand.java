package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import java.util.Objects;

/**
 * The visitor has seen their conversation up to a message.
 *
 * @param visitor the visitor, as established by the transport
 * @param conversation their conversation
 * @param seq the last sequence number they have seen
 */
public record VisitorSeenCommand(VisitorId visitor, ConversationId conversation, long seq) {

    public VisitorSeenCommand {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(conversation, "conversation");
    }
}
