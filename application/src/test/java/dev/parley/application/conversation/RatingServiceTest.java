package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.RateConversationCommand;
import dev.parley.application.conversation.port.in.RatingLimits;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.LoadSatisfactionRatingPort;
import dev.parley.application.conversation.port.out.SaveSatisfactionRatingPort;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.conversation.ConversationOpenException;
import dev.parley.domain.conversation.RatingComment;
import dev.parley.domain.conversation.RatingWindowClosedException;
import dev.parley.domain.conversation.Satisfaction;
import dev.parley.domain.conversation.SatisfactionRating;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.shared.VisitorId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatingServiceTest {

    private static final String ADDRESS = "203.0.113.7";

    /** Ratings kept in memory, one per conversation, as the table keeps them. */
    static final class InMemoryRatings implements LoadSatisfactionRatingPort, SaveSatisfactionRatingPort {
        final Map<ConversationId, SatisfactionRating> stored = new HashMap<>();
        int saves;

        @Override
        public Optional<SatisfactionRating> find(ConversationId conversation) {
            return Optional.ofNullable(stored.get(conversation));
        }

        @Override
        public void save(SatisfactionRating rating) {
            saves++;
            stored.put(rating.conversation(), rating);
        }
    }

    private final InMemoryConversations conversations = new InMemoryConversations();
    private final InMemoryRatings ratings = new InMemoryRatings();
    private final List<ConversationNews> news = new ArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final RatingService service = new RatingService(
            conversations,
            ratings,
            ratings,
            news::add,
            new WindowedAdmissions(clock),
            new RatingLimits(RateLimit.perHour("ratings_per_visitor", 3), RateLimit.perHour("ratings_per_address", 4)),
            clock);
    private final VisitorId visitor = VisitorId.random();

    private Conversation ended(VisitorId owner) {
        Conversation conversation = Conversation.start(
                ConversationId.random(), owner, Channel.CHAT, clock.instant().minusSeconds(60));
        conversation.close(ConversationEvent.ENDED_BY_VISITOR, clock.instant());
        conversations.create(conversation);
        return conversation;
    }

    private RateConversationCommand rating(
            VisitorId who, String address, Conversation conversation, Satisfaction score, String comment) {
        return new RateConversationCommand(
                who, address, conversation.id(), score, RatingComment.ofOptional(Optional.ofNullable(comment)));
    }

    @Test
    void stores_the_visitors_rating_and_tells_the_inboxes() {
        Conversation conversation = ended(visitor);

        SatisfactionRating rated =
                service.rate(rating(visitor, ADDRESS, conversation, Satisfaction.BAD, "Took too long"));

        assertThat(ratings.stored.get(conversation.id())).isEqualTo(rated);
        assertThat(rated.comment()).contains(new RatingComment("Took too long"));
        assertThat(news).containsExactly(new ConversationNews(conversation.id(), conversation.lastSeq()));
    }

    @Test
    void another_visitors_conversation_is_refused_as_unknown_and_nothing_is_stored() {
        Conversation theirs = ended(VisitorId.random());

        assertThatThrownBy(() -> service.rate(rating(visitor, ADDRESS, theirs, Satisfaction.BAD, "spam")))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThat(ratings.stored).isEmpty();
        assertThat(news).isEmpty();
    }

    @Test
    void an_open_conversation_is_refused_and_nothing_is_stored() {
        Conversation open = Conversation.start(ConversationId.random(), visitor, Channel.CHAT, clock.instant());
        conversations.create(open);

        assertThatThrownBy(() -> service.rate(rating(visitor, ADDRESS, open, Satisfaction.GOOD, null)))
                .isInstanceOf(ConversationOpenException.class);
        assertThat(ratings.stored).isEmpty();
    }

    @Test
    void a_retry_changes_nothing_and_a_new_answer_replaces_the_old_within_a_day() {
        Conversation conversation = ended(visitor);
        SatisfactionRating first = service.rate(rating(visitor, ADDRESS, conversation, Satisfaction.GOOD, null));
        clock.advance(Duration.ofMinutes(1));

        assertThat(service.rate(rating(visitor, ADDRESS, conversation, Satisfaction.GOOD, null)))
                .isEqualTo(first);
        assertThat(ratings.saves).isEqualTo(1);
        assertThat(news).hasSize(1);

        clock.advance(Duration.ofHours(23));
        SatisfactionRating changed = service.rate(rating(visitor, ADDRESS, conversation, Satisfaction.BAD, "Rude"));
        assertThat(ratings.stored.get(conversation.id())).isEqualTo(changed);
        assertThat(changed.ratedAt()).isEqualTo(clock.instant());

        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> service.rate(rating(visitor, "198.51.100.1", conversation, Satisfaction.GOOD, null)))
                .isInstanceOf(RatingWindowClosedException.class);
        assertThat(ratings.stored.get(conversation.id())).isEqualTo(changed);
    }

    @Test
    void a_visitor_may_rate_up_to_the_limit_and_the_next_is_refused_and_not_stored() {
        Conversation conversation = ended(visitor);
        service.rate(rating(visitor, ADDRESS, conversation, Satisfaction.GOOD, null));
        service.rate(rating(visitor, ADDRESS, conversation, Satisfaction.BAD, null));
        service.rate(rating(visitor, ADDRESS, conversation, Satisfaction.GOOD, "third"));

        assertThatThrownBy(() -> service.rate(rating(visitor, ADDRESS, conversation, Satisfaction.BAD, "fourth")))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("limit", "ratings_per_visitor");
        assertThat(ratings.stored.get(conversation.id()).comment()).contains(new RatingComment("third"));
    }

    @Test
    void one_address_may_rate_up_to_its_limit_whoever_rates() {
        for (int i = 0; i < 4; i++) {
            VisitorId someone = VisitorId.random();
            service.rate(rating(someone, ADDRESS, ended(someone), Satisfaction.GOOD, null));
        }
        VisitorId fifth = VisitorId.random();
        Conversation conversation = ended(fifth);

        assertThatThrownBy(() -> service.rate(rating(fifth, ADDRESS, conversation, Satisfaction.GOOD, null)))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("limit", "ratings_per_address");
        assertThat(ratings.stored).hasSize(4).doesNotContainKey(conversation.id());
    }
}
