package dev.parley.adapters.persistence;

import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.SaveTicketPort;
import dev.parley.application.ticket.port.out.TicketSummariesPort;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.visitor.Visitor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stores tickets and reads the inbox's rows through JPA (a driven adapter). */
@ApplicationScoped
class TicketPersistenceAdapter implements LoadTicketPort, SaveTicketPort, TicketSummariesPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Ticket> findByConversation(ConversationId conversation) {
        return em.createQuery("SELECT t FROM Ticket t WHERE t.conversationId = :conversation", TicketJpaEntity.class)
                .setParameter("conversation", conversation.toString())
                .getResultStream().findFirst().map(TicketJpaEntity::toDomain);
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
    public List<TicketSummary> latest(int limit) {
        return summaries(em.createQuery("SELECT t FROM Ticket t ORDER BY t.lastActivityAt DESC, t.id DESC",
                TicketJpaEntity.class).setMaxResults(limit).getResultList());
    }

    @Override
    public Optional<TicketSummary> ofConversation(ConversationId conversation) {
        return summaries(em.createQuery("SELECT t FROM Ticket t WHERE t.conversationId = :conversation",
                TicketJpaEntity.class).setParameter("conversation", conversation.toString()).getResultList())
                .stream().findFirst();
    }

    /** Joins a page of tickets with their conversations, last messages and assignees: one query each, not per row. */
    private List<TicketSummary> summaries(List<TicketJpaEntity> tickets) {
        if (tickets.isEmpty()) {
            return List.of();
        }
        List<String> conversationIds = tickets.stream().map(ticket -> ticket.conversationId).toList();
        Map<String, ConversationJpaEntity> conversations = em.createQuery(
                        "SELECT c FROM Conversation c WHERE c.id IN :ids", ConversationJpaEntity.class)
                .setParameter("ids", conversationIds).getResultStream()
                .collect(Collectors.toMap(conversation -> conversation.id, Function.identity()));
        Map<String, MessageJpaEntity> lastMessages = em.createQuery("SELECT m FROM Message m, Conversation c"
                        + " WHERE c.id = m.conversationId AND m.seq = c.lastSeq AND c.id IN :ids", MessageJpaEntity.class)
                .setParameter("ids", conversationIds).getResultStream()
                .collect(Collectors.toMap(message -> message.conversationId, Function.identity()));
        List<String> assigneeIds = tickets.stream().map(ticket -> ticket.assigneeId).filter(Objects::nonNull)
                .distinct().toList();
        Map<String, String> assigneeNames = assigneeIds.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT a FROM Agent a WHERE a.id IN :ids", AgentJpaEntity.class)
                .setParameter("ids", assigneeIds).getResultStream()
                .collect(Collectors.toMap(agent -> agent.id, agent -> agent.displayName));
        return tickets.stream().map(ticket -> summary(ticket.toDomain(), conversations.get(ticket.conversationId),
                lastMessages.get(ticket.conversationId),
                ticket.assigneeId == null ? null : assigneeNames.get(ticket.assigneeId))).toList();
    }

    private static TicketSummary summary(Ticket ticket, ConversationJpaEntity conversation, MessageJpaEntity last,
            String assigneeName) {
        Optional<TicketSummary.LastMessage> lastMessage = Optional.ofNullable(last).map(message ->
                new TicketSummary.LastMessage(AuthorKind.valueOf(message.authorKind),
                        new MessageText(message.body).preview(TicketSummary.PREVIEW_LENGTH),
                        UtcTimes.fromColumn(message.sentAt)));
        return new TicketSummary(ticket.id(), ticket.conversation(), ticket.status(),
                Visitor.displayNameOf(VisitorId.of(conversation.visitorId)), ticket.assignee(),
                Optional.ofNullable(assigneeName), conversation.lastSeq, lastMessage, ticket.createdAt(),
                ticket.lastActivityAt());
    }
}
