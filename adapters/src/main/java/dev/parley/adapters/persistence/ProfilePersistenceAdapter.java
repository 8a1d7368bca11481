package dev.parley.adapters.persistence;

import dev.parley.application.profile.port.out.LoadProfilePort;
import dev.parley.application.profile.port.out.ProfileEventsPort;
import dev.parley.application.profile.port.out.SaveProfilePort;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileEvent;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.profile.StoreEventId;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Stores profiles and their event history through JPA (a driven adapter). */
@ApplicationScoped
class ProfilePersistenceAdapter implements LoadProfilePort, SaveProfilePort, ProfileEventsPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Profile> findById(ProfileId id) {
        return Optional.ofNullable(em.find(ProfileJpaEntity.class, id.toString()))
                .map(ProfileJpaEntity::toDomain);
    }

    @Override
    public Optional<Profile> findByVisitor(VisitorId visitor) {
        return byVisitor(visitor, LockModeType.NONE);
    }

    @Override
    public Optional<Profile> findByVisitorForUpdate(VisitorId visitor) {
        return byVisitor(visitor, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Profile> byVisitor(VisitorId visitor, LockModeType lock) {
        return em.createQuery("SELECT p FROM Profile p WHERE p.visitorId = :visitor", ProfileJpaEntity.class)
                .setParameter("visitor", visitor.toString())
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .map(ProfileJpaEntity::toDomain);
    }

    @Override
    public Optional<Profile> findByPhone(PhoneNumber phone) {
        return em.createQuery(
                        "SELECT p FROM Profile p WHERE p.phoneE164 = :phone ORDER BY p.updatedAt DESC, p.id",
                        ProfileJpaEntity.class)
                .setParameter("phone", phone.e164())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(ProfileJpaEntity::toDomain);
    }

    @Override
    public void create(Profile profile) {
        // The entities are not mapped as related, so EclipseLink might insert the profile before its new visitor.
        em.flush();
        em.persist(ProfileJpaEntity.from(profile));
    }

    @Override
    public void update(Profile profile) {
        ProfileJpaEntity stored = em.find(ProfileJpaEntity.class, profile.id().toString());
        if (stored == null) {
            throw new IllegalStateException("No profile " + profile.id() + " to update");
        }
        stored.copyStateOf(profile);
    }

    @Override
    public Optional<ProfileEvent> find(ProfileId profile, StoreEventId id) {
        return em.createQuery(
                        "SELECT e FROM ProfileEvent e WHERE e.profileId = :profile AND e.eventId = :id",
                        ProfileEventJpaEntity.class)
                .setParameter("profile", profile.toString())
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(ProfileEventJpaEntity::toDomain);
    }

    @Override
    public void append(ProfileEvent event) {
        em.persist(ProfileEventJpaEntity.from(event));
    }

    @Override
    public List<ProfileEvent> page(ProfileId profile, Optional<Position> before, int limit) {
        String keyset = before.isPresent() ? " AND (e.occurredAt < :at OR (e.occurredAt = :at AND e.id < :id))" : "";
        TypedQuery<ProfileEventJpaEntity> query = em.createQuery(
                        "SELECT e FROM ProfileEvent e" + " WHERE e.profileId = :profile" + keyset
                                + " ORDER BY e.occurredAt DESC, e.id DESC",
                        ProfileEventJpaEntity.class)
                .setParameter("profile", profile.toString())
                .setMaxResults(limit);
        before.ifPresent(position -> query.setParameter("at", UtcTimes.toColumn(position.occurredAt()))
                .setParameter("id", position.event().toString()));
        return query.getResultStream().map(ProfileEventJpaEntity::toDomain).toList();
    }
}
