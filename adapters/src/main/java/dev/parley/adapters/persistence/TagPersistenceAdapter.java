package dev.parley.adapters.persistence;

import dev.parley.application.tag.port.out.LoadTagsPort;
import dev.parley.application.tag.port.out.SaveTagPort;
import dev.parley.application.ticket.port.out.TicketTagsPort;
import dev.parley.domain.tag.Tag;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.tag.TagNotFoundException;
import dev.parley.domain.ticket.TicketId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores the tag list and which tickets carry which tags, through JPA (a driven adapter). */
@ApplicationScoped
class TagPersistenceAdapter implements LoadTagsPort, SaveTagPort, TicketTagsPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public List<Tag> loadAll() {
        return em.createQuery("SELECT t FROM Tag t", TagJpaEntity.class)
                .getResultStream()
                .map(TagJpaEntity::toDomain)
                .toList();
    }

    @Override
    public Optional<Tag> findById(TagId id) {
        return Optional.ofNullable(em.find(TagJpaEntity.class, id.toString())).map(TagJpaEntity::toDomain);
    }

    /**
     * Locks the store's one settings row, the same on H2 and PostgreSQL (as macros do), so that changes to the list
     * are checked one after the other; the unique name key backs the name check up.
     */
    @Override
    public List<Tag> loadAllForChange() {
        em.find(StoreSettingsJpaEntity.class, StoreSettingsJpaEntity.THE_STORE, LockModeType.PESSIMISTIC_WRITE);
        return loadAll();
    }

    @Override
    public void create(Tag tag) {
        em.persist(TagJpaEntity.from(tag));
    }

    @Override
    public void update(Tag tag) {
        TagJpaEntity entity = em.find(TagJpaEntity.class, tag.id().toString());
        if (entity == null) {
            throw new TagNotFoundException(tag.id());
        }
        entity.copyStateOf(tag);
    }

    @Override
    public int delete(TagId id) {
        TagJpaEntity entity = em.find(TagJpaEntity.class, id.toString());
        if (entity == null) {
            return -1;
        }
        int tickets = em.createQuery("DELETE FROM TicketTag t WHERE t.tagId = :tag")
                .setParameter("tag", id.toString())
                .executeUpdate();
        em.remove(entity);
        return tickets;
    }

    @Override
    public List<TagId> tagsOf(TicketId ticket) {
        return em.createQuery(
                        "SELECT t.tagId FROM TicketTag t WHERE t.ticketId = :ticket ORDER BY t.addedAt, t.tagId",
                        String.class)
                .setParameter("ticket", ticket.toString())
                .getResultStream()
                .map(TagId::of)
                .toList();
    }

    @Override
    public boolean add(TicketId ticket, TagId tag, Instant at) {
        if (em.find(TicketTagJpaEntity.class, new TicketTagJpaEntity.Key(ticket.toString(), tag.toString())) != null) {
            return false;
        }
        em.persist(TicketTagJpaEntity.of(ticket.toString(), tag.toString(), UtcTimes.toColumn(at)));
        return true;
    }

    @Override
    public boolean remove(TicketId ticket, TagId tag) {
        return em.createQuery("DELETE FROM TicketTag t WHERE t.ticketId = :ticket AND t.tagId = :tag")
                        .setParameter("ticket", ticket.toString())
                        .setParameter("tag", tag.toString())
                        .executeUpdate()
                > 0;
    }
}
