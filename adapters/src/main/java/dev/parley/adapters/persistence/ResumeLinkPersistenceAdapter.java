package dev.parley.adapters.persistence;

import dev.parley.application.conversation.port.out.ResumeLinkPort;
import dev.parley.domain.conversation.ResumeLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Keeps the links from reply emails back into conversations through JPA (a driven adapter); hashes only. */
@ApplicationScoped
class ResumeLinkPersistenceAdapter implements ResumeLinkPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public void save(ResumeLink link) {
        em.persist(ResumeLinkJpaEntity.from(link));
    }

    @Override
    public Optional<ResumeLink> findByTokenHash(String tokenHash) {
        return Optional.ofNullable(em.find(ResumeLinkJpaEntity.class, tokenHash))
                .map(ResumeLinkJpaEntity::toDomain);
    }
}
