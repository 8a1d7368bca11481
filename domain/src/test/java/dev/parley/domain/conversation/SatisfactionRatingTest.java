package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SatisfactionRatingTest {

    private static final Instant ENDED = Instant.parse("2026-11-25T10:00:00Z");
    private final Conversation conversation =
            Conversation.start(ConversationId.random(), VisitorId.random(), Channel.CHAT, ENDED.minusSeconds(600));

    @Test
    void an_open_conversation_cannot_be_rated() {
        assertThatThrownBy(() -> conversation.rate(Satisfaction.GOOD, Optional.empty(), Optional.empty(), ENDED))
                .isInstanceOf(ConversationOpenException.class)
                .hasMessageContaining("still open");
    }

    @Test
    void an_ended_conversation_is_rated_with_its_comment_and_time() {
        conversation.close(ConversationEvent.ENDED_BY_VISITOR, ENDED);
        Optional<RatingComment> comment = Optional.of(new RatingComment("  Slow answer  "));

        SatisfactionRating rating = conversation
                .rate(Satisfaction.BAD, comment, Optional.empty(), ENDED.plusSeconds(5))
                .orElseThrow();

        assertThat(rating.conversation()).isEqualTo(conversation.id());
        assertThat(rating.score()).isEqualTo(Satisfaction.BAD);
        assertThat(rating.comment()).contains(new RatingComment("Slow answer"));
        assertThat(rating.ratedAt()).isEqualTo(ENDED.plusSeconds(5));
    }

    @Test
    void the_same_answer_again_changes_nothing_even_after_the_window() {
        conversation.close(ConversationEvent.CLOSED_BY_AGENT, ENDED);
        SatisfactionRating first = conversation
                .rate(Satisfaction.GOOD, Optional.empty(), Optional.empty(), ENDED)
                .orElseThrow();

        assertThat(conversation.rate(Satisfaction.GOOD, Optional.empty(), Optional.of(first), ENDED.plusSeconds(1)))
                .isEmpty();
        assertThat(conversation.rate(
                        Satisfaction.GOOD, Optional.empty(), Optional.of(first), ENDED.plus(Duration.ofDays(3))))
                .isEmpty();
    }

    @Test
    void another_answer_takes_the_place_of_the_first_within_the_window_only() {
        conversation.close(ConversationEvent.ENDED_BY_VISITOR, ENDED);
        SatisfactionRating first = conversation
                .rate(Satisfaction.GOOD, Optional.empty(), Optional.empty(), ENDED)
                .orElseThrow();
        Instant lastMoment = ENDED.plus(Conversation.RATING_WINDOW);

        assertThat(conversation.rate(Satisfaction.BAD, Optional.empty(), Optional.of(first), lastMoment))
                .hasValueSatisfying(changed -> assertThat(changed.score()).isEqualTo(Satisfaction.BAD));
        assertThatThrownBy(() -> conversation.rate(
                        Satisfaction.BAD, Optional.empty(), Optional.of(first), lastMoment.plusMillis(1)))
                .isInstanceOf(RatingWindowClosedException.class)
                .hasMessageContaining("24 hours");
    }

    @Test
    void a_comment_is_bounded_and_blank_is_none() {
        assertThat(new RatingComment("x".repeat(RatingComment.MAX_LENGTH)).value())
                .hasSize(RatingComment.MAX_LENGTH);
        assertThatThrownBy(() -> new RatingComment("x".repeat(RatingComment.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 500");
        assertThat(RatingComment.ofOptional(Optional.of("   "))).isEmpty();
        assertThat(RatingComment.ofOptional(Optional.empty())).isEmpty();
        assertThat(RatingComment.ofOptional(Optional.of(" ok "))).contains(new RatingComment("ok"));
    }
}
