package dev.parley.adapters.persistence;

import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.Satisfaction;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inbox's rows as the database holds them: tickets joined with their conversations, the last message a person
 * wrote, assignees' names, visitors' names, ratings, tags and each viewer's read marks, in a fixed handful of queries
 * however many tickets and viewers there are.
 */
final class TicketSummaryJoins {

    private final EntityManager em;

    TicketSummaryJoins(EntityManager em) {
        this.em = em;
    }

    /**
     * Joins tickets with their conversations, last messages, assignees and each viewer's read marks: the same queries
     * for one viewer or many, only the read marks differing between them.
     */
    Map<AgentId, List<TicketSummary>> of(List<TicketJpaEntity> tickets, Set<AgentId> viewers, Instant now) {
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
