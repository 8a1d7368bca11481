package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.SatisfactionRating;

/** Stores a conversation's rating in the place of the one before; driven by the rating use case. */
public interface SaveSatisfactionRatingPort {

    void save(SatisfactionRating rating);
}
