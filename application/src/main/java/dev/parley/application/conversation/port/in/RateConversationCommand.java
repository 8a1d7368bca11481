package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.RatingComment;
import dev.parley.domain.conversation.Satisfaction;
import dev.parley.domain.shared.VisitorId;
import java.util.Objects;
import java.util.Optional;

/**
 * A visitor rates a conversation that ended.
 *
 * @param visitor the visitor, as established by the transport
 * @param clientAddress the client's address, for the per-address limit
 * @param conversation the conversation; it must be theirs
 * @param score good or bad
 * @param comment what they added, if anything
 */
public record RateConversationCommand(
        VisitorId visitor,
        String clientAddress,
        ConversationId conversation,
        Satisfaction score,
        Optional<RatingComment> comment) {

    public RateConversationCommand {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(clientAddress, "client address");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(comment, "comment");
    }
}
