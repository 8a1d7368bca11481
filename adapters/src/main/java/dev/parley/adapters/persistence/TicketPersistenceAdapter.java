package dev.parley.adapters.persistence;

import dev.parley.application.profile.port.out.CustomerTicketsPort;
import dev.parley.application.ticket.port.in.TicketFilter;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.ReadMarksPort;
import dev.parley.application.ticket.port.out.SaveTicketPort;
import dev.parley.application.ticket.port.out.TicketSummariesPort;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.Satisfaction;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.ticket.ReadMark;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
     * for one viewer or many, only the read marks differing between them.
     */
    private Map<AgentId, List<TicketSummary>> summaries(
            List<TicketJpaEntity> tickets, Set<AgentId> viewers, Instant now) {
        if (tickets.isEmpty() || viewers.isEmpty()) {
            return Map.of();
        }
        List<String> conversationIds =
                tickets.stream().map(ticket -> ticket.conversationId).toList();
        List<String> ticketIds = tickets.stream().map(ticket -> ticket.id).toList();
        Map<String, ConversationJpaEntity> conversations = em.createQuery(
                        "SELECT c FROM Conversation c WHERE c.id IN :ids", ConversationJpaEntity.class)
                .setParameter("ids", conversationIds)
                .getResultStream()
                .collect(Collectors.toMap(conversation -> conversation.id, Function.identity()));
        Map<String, MessageJpaEntity> lastMessages = lastMessagesByPeople(conversationIds);
        Map<String, SatisfactionRatingJpaEntity> ratings = em.createQuery(
                        "SELECT r FROM SatisfactionRating r WHERE r.conversationId IN :ids",
                        SatisfactionRatingJpaEntity.class)
                .setParameter("ids", conversationIds)
                .getResultStream()
                .collect(Collectors.toMap(rating -> rating.conversationId, Function.identity()));
        Map<TicketReadJpaEntity.Key, TicketReadJpaEntity> marks = em.createQuery(
                        "SELECT r FROM TicketRead r WHERE r.agentId IN :viewers AND r.ticketId IN :ids",
                        TicketReadJpaEntity.class)
                .setParameter("viewers", viewers.stream().map(AgentId::toString).toList())
                .setParameter("ids", ticketIds)
                .getResultStream()
                .collect(Collectors.toMap(
                        mark -> new TicketReadJpaEntity.Key(mark.ticketId, mark.agentId), Function.identity()));
        List<String> assigneeIds = tickets.stream()
                .map(ticket -> ticket.assigneeId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, String> assigneeNames = assigneeIds.isEmpty()
                ? Map.of()
                : em.createQuery("SELECT a FROM Agent a WHERE a.id IN :ids", AgentJpaEntity.class)
                        .setParameter("ids", assigneeIds)
                        .getResultStream()
                        .collect(Collectors.toMap(agent -> agent.id, agent -> agent.displayName));
        List<String> visitorIds = conversations.values().stream()
                .map(conversation -> conversation.visitorId)
                .distinct()
                .toList();
        // Store users the store has named are shown by name; everyone else by their visitor code.
        Map<String, String> visitorNames = em.createQuery(
                        "SELECT p FROM Profile p WHERE p.visitorId IN :ids AND p.name IS NOT NULL",
                        ProfileJpaEntity.class)
                .setParameter("ids", visitorIds)
                .getResultStream()
                .collect(Collectors.toMap(profile -> profile.visitorId, profile -> profile.name));
        Map<String, List<TicketSummary.Tag>> tags = tagsOf(ticketIds);
        Map<AgentId, List<TicketSummary>> rows = new HashMap<>();
        for (AgentId viewer : viewers) {
            List<TicketSummary> seen = new ArrayList<>(tickets.size());
            for (TicketJpaEntity ticket : tickets) {
                ConversationJpaEntity conversation = conversations.get(ticket.conversationId);
                TicketReadJpaEntity mark = marks.get(new TicketReadJpaEntity.Key(ticket.id, viewer.toString()));
                boolean unread = mark == null
                        ? conversation.lastSeq > 0
                        : mark.toDomain().isUnreadAt(conversation.lastSeq);
                Optional<String> visitorName = Optional.ofNullable(visitorNames.get(conversation.visitorId));
                seen.add(summary(
                        ticket.toDomain(),
                        conversation,
                        lastMessages.get(ticket.conversationId),
                        visitorName,
                        ticket.assigneeId == null ? null : assigneeNames.get(ticket.assigneeId),
                        unread,
                        Optional.ofNullable(ratings.get(ticket.conversationId)),
                        tags.getOrDefault(ticket.id, List.of()),
                        now));
            }
            rows.put(viewer, seen);
        }
        return rows;
    }

    /** The tags each of the tickets carries, in the order they were put on, as the tag list has them now. */
    private Map<String, List<TicketSummary.Tag>> tagsOf(List<String> ticketIds) {
        Map<String, List<TicketSummary.Tag>> tags = new HashMap<>();
        em.createQuery(
                        "SELECT g.ticketId, t FROM TicketTag g, Tag t WHERE t.id = g.tagId AND g.ticketId IN :ids"
                                + " ORDER BY g.addedAt, t.id",
                        Object[].class)
                .setParameter("ids", ticketIds)
                .getResultStream()
                .forEach(row -> {
                    TagJpaEntity tag = (TagJpaEntity) row[1];
                    tags.computeIfAbsent((String) row[0], ticket -> new ArrayList<>())
                            .add(new TicketSummary.Tag(TagId.of(tag.id), tag.name, tag.colour));
                });
        return tags;
    }

    /**
     * The last message a person wrote (the visitor or an agent) in each of the conversations: what the inbox previews.
     * Parley's own messages (the welcome and away messages, notices of events) and the AI agent's answers are never
     * one. A conversation's very last message is nearly always a person's, so only the others are looked into further.
     */
    private Map<String, MessageJpaEntity> lastMessagesByPeople(List<String> conversationIds) {
        Map<String, MessageJpaEntity> last = em.createQuery(
                        "SELECT m FROM Message m, Conversation c"
                                + " WHERE c.id = m.conversationId AND m.seq = c.lastSeq AND c.id IN :ids",
                        MessageJpaEntity.class)
                .setParameter("ids", conversationIds)
                .getResultStream()
                .filter(message -> PEOPLE.contains(message.authorKind))
                .collect(Collectors.toMap(
                        message -> message.conversationId, Function.identity(), (a, b) -> a, HashMap::new));
        List<String> others = conversationIds.stream()
                .filter(id -> !last.containsKey(id))
                .distinct()
                .toList();
        if (!others.isEmpty()) {
            em.createQuery(
                            "SELECT m FROM Message m WHERE m.conversationId IN :ids AND m.authorKind IN :people"
                                    + " AND m.seq = (SELECT MAX(p.seq) FROM Message p"
                                    + " WHERE p.conversationId = m.conversationId AND p.authorKind IN :people)",
                            MessageJpaEntity.class)
                    .setParameter("ids", others)
                    .setParameter("people", PEOPLE)
                    .getResultStream()
                    .forEach(message -> last.put(message.conversationId, message));
        }
        return last;
    }

    /** The authors whose messages the inbox previews: people, never Parley itself nor the AI agent. */
    private static final List<String> PEOPLE = List.of(AuthorKind.VISITOR.name(), AuthorKind.AGENT.name());

    private static TicketSummary summary(
            Ticket ticket,
            ConversationJpaEntity conversation,
            MessageJpaEntity last,
            Optional<String> visitorName,
            String assigneeName,
            boolean unread,
            Optional<SatisfactionRatingJpaEntity> rating,
            List<TicketSummary.Tag> tags,
            Instant now) {
        Optional<TicketSummary.LastMessage> lastMessage = Optional.ofNullable(last)
                .map(message -> new TicketSummary.LastMessage(
                        AuthorKind.valueOf(message.authorKind),
                        Optional.ofNullable(message.authorAgentId).map(AgentId::of),
                        message.body != null
                                ? new MessageText(message.body).preview(TicketSummary.PREVIEW_LENGTH)
                                : message.event != null ? "" : Message.IMAGE_PREVIEW,
                        UtcTimes.fromColumn(message.sentAt),
                        Optional.ofNullable(message.event).map(ConversationEvent::valueOf)));
        TicketStatus status = ticket.statusAt(now);
        return new TicketSummary(
                ticket.id(),
                ticket.conversation(),
                status,
                visitorName,
                ticket.requester().code(),
                ticket.assignee(),
                Optional.ofNullable(assigneeName),
                conversation.lastSeq,
                lastMessage,
                ticket.createdAt(),
                ticket.lastActivityAt(),
                Channel.valueOf(conversation.channel),
                status == TicketStatus.SNOOZED ? ticket.snoozedUntil() : Optional.empty(),
                ticket.waitingSince(),
                unread,
                rating.map(given -> new TicketSummary.Rating(
                        Satisfaction.GOOD.name().equals(given.score),
                        Optional.ofNullable(given.comment),
                        UtcTimes.fromColumn(given.ratedAt))),
                tags);
    }
}
