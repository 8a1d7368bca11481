package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import java.util.Objects;
import java.util.Optional;

/**
 * The visitor asks for a person ("I still need help").
 *
 * @param visitor the visitor, as established by the transport
 * @param conversation their conversation
 * @param linksShown whether the client showed the visitor the store's privacy-policy and terms links before asking
 * @param language the visitor's language as a BCP 47 tag such as {@code pl-PL}, if known: the welcome and away
 *     messages are in it when the store wrote them in it
 */
public record GoLiveCommand(
        VisitorId visitor, ConversationId conversation, boolean linksShown, Optional<String> language) {

    public GoLiveCommand {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(language, "language");
    }

    /** Going live for a visitor whose language is not known: the store's own welcome message greets them. */
    public GoLiveCommand(VisitorId visitor, ConversationId conversation, boolean linksShown) {
        this(visitor, conversation, linksShown, Optional.empty());
    }

    /** Asking for a person, with nothing said about the store's links. */
    public GoLiveCommand(VisitorId visitor, ConversationId conversation) {
        this(visitor, conversation, false);
    }
}
