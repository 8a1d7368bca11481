package dev.parley.application.conversation;

import dev.parley.application.conversation.port.in.RateConversationCommand;
import dev.parley.application.conversation.port.in.RateConversationUseCase;
import dev.parley.application.conversation.port.in.RatingLimits;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadSatisfactionRatingPort;
import dev.parley.application.conversation.port.out.PublishConversationNewsPort;
import dev.parley.application.conversation.port.out.SaveSatisfactionRatingPort;
import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.SatisfactionRating;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.LimitedUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Takes visitors' ratings of their ended conversations. Counted by the {@link RatingLimits} before anything is read;
 * another visitor's conversation answers as one that does not exist; the conversation is locked while its rating
 * changes, so two tabs rating at once leave the later one. A change is news for the inboxes, which show the rating on
 * the ticket.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class RatingService implements RateConversationUseCase {

    private LoadConversationPort conversations;
    private LoadSatisfactionRatingPort ratings;
    private SaveSatisfactionRatingPort savedRatings;
    private PublishConversationNewsPort news;
    private AdmitUseCase admission;
    private RatingLimits limits;
    private Clock clock;

    @Inject
    public RatingService(
            LoadConversationPort conversations,
            LoadSatisfactionRatingPort ratings,
            SaveSatisfactionRatingPort savedRatings,
            PublishConversationNewsPort news,
            AdmitUseCase admission,
            RatingLimits limits,
            Clock clock) {
        this.conversations = conversations;
        this.ratings = ratings;
        this.savedRatings = savedRatings;
        this.news = news;
        this.admission = admission;
        this.limits = limits;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected RatingService() {}

    @Override
    public SatisfactionRating rate(RateConversationCommand command) {
        admission.admitInTurn(List.of(
                LimitedUse.of(limits.perVisitor(), command.visitor().toString()),
                LimitedUse.of(limits.perAddress(), command.clientAddress())));
        Conversation conversation = Posting.ownedForUpdate(conversations, command.visitor(), command.conversation());
        Optional<SatisfactionRating> current = ratings.find(conversation.id());
        Optional<SatisfactionRating> changed =
                // To the millisecond, as the database keeps it: the answer to a retry is the first answer, to the byte.
                conversation.rate(
                        command.score(),
                        command.comment(),
                        current,
                        clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (changed.isEmpty()) {
            return current.orElseThrow();
        }
        savedRatings.save(changed.get());
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        return changed.get();
    }
}
