package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import java.util.Objects;

/**
 * The visitor asks for a person ("I still need help").
 *
 * @param visitor the visitor, as established by the transport
 * @param conversation their conversation
 */
public record GoLiveCommand(VisitorId visitor, ConversationId conversation) {

    public GoLiveCommand {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(conversation, "conversation");
    }
}
