package dev.parley.adapters.persistence;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.RatingComment;
import dev.parley.domain.conversation.Satisfaction;
import dev.parley.domain.conversation.SatisfactionRating;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

@Entity(name = "SatisfactionRating")
@Table(name = "satisfaction_rating")
class SatisfactionRatingJpaEntity {

    @Id
    @Column(name = "conversation_id")
    String conversationId;

    @Column(name = "score", nullable = false)
    String score;

    @Column(name = "rating_comment")
    String comment;

    @Column(name = "rated_at", nullable = false)
    LocalDateTime ratedAt;

    static SatisfactionRatingJpaEntity of(SatisfactionRating rating) {
        SatisfactionRatingJpaEntity row = new SatisfactionRatingJpaEntity();
        row.conversationId = rating.conversation().toString();
        row.copyStateOf(rating);
        return row;
    }

    /** Changes go through the entity's own methods, which EclipseLink's woven change tracking sees. */
    void copyStateOf(SatisfactionRating rating) {
        score = rating.score().name();
        comment = rating.comment().map(RatingComment::value).orElse(null);
        ratedAt = UtcTimes.toColumn(rating.ratedAt());
    }

    SatisfactionRating toDomain() {
        return new SatisfactionRating(
                ConversationId.parse(conversationId),
                Satisfaction.valueOf(score),
                Optional.ofNullable(comment).map(RatingComment::new),
                UtcTimes.fromColumn(ratedAt));
    }
}
