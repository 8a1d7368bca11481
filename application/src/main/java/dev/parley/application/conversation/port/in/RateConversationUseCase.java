package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.SatisfactionRating;

/** Driven by the visitor's transports when the visitor answers "How was this conversation?". */
public interface RateConversationUseCase {

    /**
     * Stores the visitor's rating of their conversation, in the place of the one before; the same answer again
     * changes nothing. The team's inboxes are told.
     *
     * @return the rating that stands now
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when it is not the visitor's; nothing stored
     * @throws dev.parley.domain.conversation.ConversationOpenException when it has not ended
     * @throws dev.parley.domain.conversation.RatingWindowClosedException when it ended too long ago to rate
     * @throws dev.parley.domain.shared.RateLimitedException when the visitor or their address rated too often within
     *     the {@link RatingLimits}
     */
    SatisfactionRating rate(RateConversationCommand command);
}
