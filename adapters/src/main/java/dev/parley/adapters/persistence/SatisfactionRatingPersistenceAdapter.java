package dev.parley.adapters.persistence;

import dev.parley.application.conversation.port.out.LoadSatisfactionRatingPort;
import dev.parley.application.conversation.port.out.SaveSatisfactionRatingPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.SatisfactionRating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores conversations' ratings through JPA, one row per conversation (a driven adapter). */
@ApplicationScoped
class SatisfactionRatingPersistenceAdapter implements LoadSatisfactionRatingPort, SaveSatisfactionRatingPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<SatisfactionRating> find(ConversationId conversation) {
        return Optional.ofNullable(em.find(SatisfactionRatingJpaEntity.class, conversation.toString()))
                .map(SatisfactionRatingJpaEntity::toDomain);
    }

    @Override
    public void save(SatisfactionRating rating) {
        SatisfactionRatingJpaEntity row =
                em.find(SatisfactionRatingJpaEntity.class, rating.conversation().toString());
        if (row == null) {
            em.persist(SatisfactionRatingJpaEntity.of(rating));
        } else {
            row.copyStateOf(rating);
        }
    }
}
