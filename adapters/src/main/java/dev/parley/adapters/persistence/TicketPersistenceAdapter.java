package dev.parley.adapters.persistence;

import dev.parley.application.profile.port.out.CustomerTicketsPort;
import dev.parley.application.ticket.port.in.TicketFilter;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.ReadMarksPort;
import dev.parley.application.ticket.port.out.SaveTicketPort;
import dev.parley.application.ticket.port.out.TicketSummariesPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.ticket.ReadMark;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores tickets and what agents have seen of them, and reads the inbox's rows, through JPA (a driven adapter). */
@ApplicationScoped
class TicketPersistenceAdapter
        implements LoadTicketPort, SaveTicketPort, TicketSummariesPort, ReadMarksPort, CustomerTicketsPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Ticket> findByConversation(ConversationId conversation) {
        return em.createQuery("SELECT t FROM Ticket t WHERE t.conversationId = :conversation", TicketJpaEntity.class)
                .setParameter("conversation", conversation.toString())
                .getResultStream()
                .findFirst()
                .map(TicketJpaEntity::toDomain);
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return Optional.ofNullable(em.find(TicketJpaEntity.class, id.toString()))
                .map(TicketJpaEntity::toDomain);
    }

    @Override
    public void create(Ticket ticket) {
        em.persist(TicketJpaEntity.from(ticket));
    }

    @Override
    public void update(Ticket ticket) {
        em.find(TicketJpaEntity.class, ticket.id().toString()).copyStateOf(ticket);
    }

    @Override
    public Optional<ReadMark> find(TicketId ticket, AgentId agent) {
        return Optional.ofNullable(em.find(
                        TicketReadJpaEntity.class, new TicketReadJpaEntity.Key(ticket.toString(), agent.toString())))
                .map(TicketReadJpaEntity::toDomain);
    }

    @Override
    public void save(ReadMark mark) {
        TicketReadJpaEntity row = em.find(
                TicketReadJpaEntity.class,
                new TicketReadJpaEntity.Key(
                        mark.ticket().toString(), mark.agent().toString()));
        if (row == null) {
            em.persist(TicketReadJpaEntity.of(mark));
        } else {
            row.copyStateOf(mark);
        }
    }

    @Override
    public List<ReadMark> ofTicket(TicketId ticket) {
        return em.createQuery("SELECT r FROM TicketRead r WHERE r.ticketId = :ticket", TicketReadJpaEntity.class)
                .setParameter("ticket", ticket.toString())
                .getResultStream()
                .map(TicketReadJpaEntity::toDomain)
                .toList();
    }

    @Override
    public List<TicketSummary> page(
            TicketFilter filter, AgentId viewer, Instant now, Optional<Position> after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT t FROM Ticket t, Conversation c WHERE c.id = t.conversationId");
        Map<String, Object> parameters = new HashMap<>();
        filter.status().ifPresent(status -> {
            jpql.append(
                    switch (status) {
                        case OPEN -> " AND (t.status = 'OPEN' OR (t.status = 'SNOOZED' AND t.snoozedUntil <= :now))";
                        case SNOOZED -> " AND t.status = 'SNOOZED' AND t.snoozedUntil > :now";
                        case CLOSED -> " AND t.status = 'CLOSED'";
                    });
            // Closed is closed whatever the time; a parameter the query does not name is refused by JPA.
            if (status != TicketStatus.CLOSED) {
                parameters.put("now", UtcTimes.toColumn(now));
            }
        });
        switch (filter.assignee()) {
            case MINE -> {
                jpql.append(" AND t.assigneeId = :viewer");
                parameters.put("viewer", viewer.toString());
            }
            case UNASSIGNED -> jpql.append(" AND t.assigneeId IS NULL");
            case ALL -> {}
        }
        filter.channel().ifPresent(channel -> {
            jpql.append(" AND c.channel = :channel");
            parameters.put("channel", channel.name());
        });
        filter.tag().ifPresent(tag -> {
            jpql.append(" AND EXISTS (SELECT g FROM TicketTag g WHERE g.ticketId = t.id AND g.tagId = :tag)");
            parameters.put("tag", tag.toString());
        });
        if (filter.unreadOnly()) {
            jpql.append(" AND NOT EXISTS (SELECT r FROM TicketRead r WHERE r.ticketId = t.id AND r.agentId = :reader"
                    + " AND r.markedUnread = 0 AND r.seenSeq >= c.lastSeq)");
            parameters.put("reader", viewer.toString());
        }
        if (filter.text().isPresent()) {
            TicketSearch matches = TicketSearch.of(em, filter.text().get());
            if (matches.isEmpty()) {
                return List.of();
            }
            jpql.append(" AND (").append(matches.condition(parameters)).append(')');
        }
        after.ifPresent(position -> {
            jpql.append(" AND (t.lastActivityAt < :afterAt OR (t.lastActivityAt = :afterAt AND t.id < :afterId))");
            parameters.put("afterAt", UtcTimes.toColumn(position.lastActivityAt()));
            parameters.put("afterId", position.ticket().toString());
        });
        jpql.append(" ORDER BY t.lastActivityAt DESC, t.id DESC");
        TypedQuery<TicketJpaEntity> query =
                em.createQuery(jpql.toString(), TicketJpaEntity.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return summaries(query.getResultList(), viewer, now);
    }

    @Override
    public Optional<TicketSummary> ofConversation(ConversationId conversation, AgentId viewer, Instant now) {
        return summaries(
                        em.createQuery(
                                        "SELECT t FROM Ticket t WHERE t.conversationId = :conversation",
                                        TicketJpaEntity.class)
                                .setParameter("conversation", conversation.toString())
                                .getResultList(),
                        viewer,
                        now)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<TicketSummary> byId(TicketId ticket, AgentId viewer, Instant now) {
        TicketJpaEntity row = em.find(TicketJpaEntity.class, ticket.toString());
        return row == null
                ? Optional.empty()
                : summaries(List.of(row), viewer, now).stream().findFirst();
    }

    @Override
    public List<TicketSummary> ofVisitor(VisitorId visitor, AgentId viewer, Instant now, int limit) {
        return summaries(
                em.createQuery(
                                "SELECT t FROM Ticket t WHERE t.visitorId = :visitor"
                                        + " ORDER BY t.lastActivityAt DESC, t.id DESC",
                                TicketJpaEntity.class)
                        .setParameter("visitor", visitor.toString())
                        .setMaxResults(limit)
                        .getResultList(),
                viewer,
                now);
    }

    @Override
    public Map<AgentId, TicketSummary> ofConversation(ConversationId conversation, Set<AgentId> viewers, Instant now) {
        List<TicketJpaEntity> tickets = em.createQuery(
                        "SELECT t FROM Ticket t WHERE t.conversationId = :conversation", TicketJpaEntity.class)
                .setParameter("conversation", conversation.toString())
                .setMaxResults(1)
                .getResultList();
        Map<AgentId, TicketSummary> seen = new HashMap<>();
        summaries(tickets, viewers, now).forEach((viewer, rows) -> {
            if (!rows.isEmpty()) {
                seen.put(viewer, rows.get(0));
            }
        });
        return seen;
    }

    @Override
    public Map<ConversationId, Map<AgentId, TicketSummary>> ofConversations(
            Collection<ConversationId> conversations, Set<AgentId> viewers, Instant now) {
        if (conversations.isEmpty()) {
            return Map.of();
        }
        List<TicketJpaEntity> tickets = em.createQuery(
                        "SELECT t FROM Ticket t WHERE t.conversationId IN :conversations", TicketJpaEntity.class)
                .setParameter(
                        "conversations",
                        conversations.stream()
                                .map(ConversationId::toString)
                                .distinct()
                                .toList())
                .getResultList();
        Map<ConversationId, Map<AgentId, TicketSummary>> seen = new HashMap<>();
        summaries(tickets, viewers, now)
                .forEach((viewer, rows) -> rows.forEach(
                        ticket -> seen.computeIfAbsent(ticket.conversation(), conversation -> new HashMap<>())
                                .put(viewer, ticket)));
        return seen;
    }

    /** Joins a page of tickets with their conversations, last messages, assignees and the viewer's read marks. */
    private List<TicketSummary> summaries(List<TicketJpaEntity> tickets, AgentId viewer, Instant now) {
        return summaries(tickets, Set.of(viewer), now).getOrDefault(viewer, List.of());
    }

    /**
     * Joins tickets with their conversations, last messages, assignees and each viewer's read marks: the same queries
     * for one viewer or many.
     */
    private Map<AgentId, List<TicketSummary>> summaries(
            List<TicketJpaEntity> tickets, Set<AgentId> viewers, Instant now) {
        return new TicketSummaryJoins(em).of(tickets, viewers, now);
    }
}
