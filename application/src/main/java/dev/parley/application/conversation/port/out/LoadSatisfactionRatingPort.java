package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.SatisfactionRating;
import java.util.Optional;

/** Reads the rating of a conversation; driven by the rating use case. */
public interface LoadSatisfactionRatingPort {

    Optional<SatisfactionRating> find(ConversationId conversation);
}
