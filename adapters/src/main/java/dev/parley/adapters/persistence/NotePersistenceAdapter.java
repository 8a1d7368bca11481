package dev.parley.adapters.persistence;

import dev.parley.application.note.port.out.LoadNotesPort;
import dev.parley.application.note.port.out.SaveNotePort;
import dev.parley.application.notification.port.out.LoadMentionNotificationPort;
import dev.parley.application.notification.port.out.SaveMentionNotificationPort;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.note.Note;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.notification.MentionNotification;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps internal notes, their mentions and the outbox of mention emails through JPA (a driven adapter). A ticket's
 * notes and their mentions are read in two queries, whatever their number.
 */
@ApplicationScoped
class NotePersistenceAdapter
        implements LoadNotesPort, SaveNotePort, LoadMentionNotificationPort, SaveMentionNotificationPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Note> findById(NoteId id) {
        return Optional.ofNullable(em.find(TicketNoteJpaEntity.class, id.toString()))
                .map(row -> withMentions(List.of(row)).get(0));
    }

    @Override
    public Optional<Note> findByClientId(TicketId ticket, AgentId author, ClientMessageId clientNoteId) {
        List<TicketNoteJpaEntity> rows = em.createQuery(
                        "SELECT n FROM TicketNote n WHERE n.ticketId = :ticket AND n.authorId = :author"
                                + " AND n.clientNoteId = :client",
                        TicketNoteJpaEntity.class)
                .setParameter("ticket", ticket.toString())
                .setParameter("author", author.toString())
                .setParameter("client", clientNoteId.value())
                .getResultList();
        return rows.isEmpty()
                ? Optional.empty()
                : Optional.of(withMentions(rows).get(0));
    }

    @Override
    public List<Note> ofTicket(TicketId ticket, int limit) {
        List<TicketNoteJpaEntity> newestFirst = em.createQuery(
                        "SELECT n FROM TicketNote n WHERE n.ticketId = :ticket ORDER BY n.createdAt DESC, n.id DESC",
                        TicketNoteJpaEntity.class)
                .setParameter("ticket", ticket.toString())
                .setMaxResults(limit)
                .getResultList();
        List<TicketNoteJpaEntity> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return withMentions(oldestFirst);
    }

    @Override
    public List<Note> unseenMentionsOf(AgentId agent, int limit) {
        List<TicketNoteJpaEntity> rows = em.createQuery(
                        "SELECT n FROM TicketNote n, TicketNoteMention m WHERE m.noteId = n.id AND m.agentId = :agent"
                                + " AND m.seenAt IS NULL ORDER BY m.createdAt DESC, n.id DESC",
                        TicketNoteJpaEntity.class)
                .setParameter("agent", agent.toString())
                .setMaxResults(limit)
                .getResultList();
        return withMentions(rows);
    }

    @Override
    public boolean mentionSeen(NoteId note, AgentId agent) {
        TicketNoteMentionJpaEntity row = em.find(
                TicketNoteMentionJpaEntity.class,
                new TicketNoteMentionJpaEntity.Key(note.toString(), agent.toString()));
        return row != null && row.seenAt != null;
    }

    @Override
    public void add(Note note) {
        TicketNoteJpaEntity row = TicketNoteJpaEntity.of(note);
        em.persist(row);
        // The mentions refer to the note, and nothing tells EclipseLink to insert it first.
        em.flush();
        List<AgentId> mentions = note.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            em.persist(
                    TicketNoteMentionJpaEntity.of(row.id, mentions.get(i).toString(), i, row.ticketId, row.createdAt));
        }
    }

    @Override
    public int markMentionsSeen(AgentId agent, TicketId ticket, Instant now) {
        return em.createQuery("UPDATE TicketNoteMention m SET m.seenAt = :now WHERE m.agentId = :agent"
                        + " AND m.ticketId = :ticket AND m.seenAt IS NULL")
                .setParameter("now", UtcTimes.toColumn(now))
                .setParameter("agent", agent.toString())
                .setParameter("ticket", ticket.toString())
                .executeUpdate();
    }

    /** The notes with their mentions, in the order given. */
    private List<Note> withMentions(List<TicketNoteJpaEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<AgentId>> mentions = new LinkedHashMap<>();
        rows.forEach(row -> mentions.put(row.id, new ArrayList<>()));
        em.createQuery(
                        "SELECT m FROM TicketNoteMention m WHERE m.noteId IN :notes ORDER BY m.noteId, m.position",
                        TicketNoteMentionJpaEntity.class)
                .setParameter("notes", (Collection<String>) mentions.keySet())
                .getResultList()
                .forEach(m -> mentions.get(m.noteId).add(AgentId.of(m.agentId)));
        return rows.stream().map(row -> row.toDomain(mentions.get(row.id))).toList();
    }

    // ---- the outbox of mention emails ---------------------------------------------------------------------------

    @Override
    public List<MentionNotification> dueMentions(Instant now, int limit) {
        return em.createQuery(
                        "SELECT n FROM MentionNotification n WHERE n.status = :pending"
                                + " AND n.nextAttemptAt <= :now ORDER BY n.nextAttemptAt, n.noteId, n.agentId",
                        MentionNotificationJpaEntity.class)
                .setParameter("pending", NotificationStatus.PENDING.name())
                .setParameter("now", UtcTimes.toColumn(now))
                .setMaxResults(limit)
                .getResultStream()
                .map(MentionNotificationJpaEntity::toDomain)
                .toList();
    }

    @Override
    public Optional<MentionNotification> findForUpdate(NoteId note, AgentId agent) {
        return Optional.ofNullable(em.find(
                        MentionNotificationJpaEntity.class,
                        new MentionNotificationJpaEntity.Key(note.toString(), agent.toString()),
                        LockModeType.PESSIMISTIC_WRITE))
                .map(MentionNotificationJpaEntity::toDomain);
    }

    @Override
    public void create(MentionNotification notification) {
        em.persist(MentionNotificationJpaEntity.from(notification));
    }

    @Override
    public void update(MentionNotification notification) {
        em.find(
                        MentionNotificationJpaEntity.class,
                        new MentionNotificationJpaEntity.Key(
                                notification.note().toString(),
                                notification.agent().toString()))
                .copyStateOf(notification);
    }
}
