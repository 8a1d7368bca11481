package dev.parley.domain.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A visitor's rating of a conversation that ended: good or bad, maybe with a comment. A conversation has at most one;
 * a later rating within the {@linkplain Conversation#RATING_WINDOW rating window} takes its place.
 *
 * @param conversation the conversation rated
 * @param score good or bad
 * @param comment what the visitor added, if anything
 * @param ratedAt when the rating (as it is now) was given
 */
public record SatisfactionRating(
        ConversationId conversation, Satisfaction score, Optional<RatingComment> comment, Instant ratedAt) {

    public SatisfactionRating {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(ratedAt, "rated at");
    }

    /** Whether this rating says the same as the given answer (a retry, or the same answer given twice). */
    public boolean says(Satisfaction otherScore, Optional<RatingComment> otherComment) {
        return score == otherScore && comment.equals(otherComment);
    }
}
