package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import java.util.Objects;

/**
 * The visitor asks for a person ("I still need help").
 *
 * @param visitor the visitor, as established by the transport
 * @param conversation their conversation
 * @param linksShown whether the client showed the visitor the store's privacy-policy and terms links before asking
 */
public record GoLiveCommand(VisitorId visitor, ConversationId conversation, boolean linksShown) {

    public GoLiveCommand {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(conversation, "conversation");
    }

    /** Asking for a person, with nothing said about the store's links. */
    public GoLiveCommand(VisitorId visitor, ConversationId conversation) {
        this(visitor, conversation, false);
    }
}
