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
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Stores tickets and reads the inbox's rows through JPA (a driven adapter). */
@ApplicationScoped
class TicketPersistenceAdapter implements LoadTicketPort, SaveTicketPort, TicketSummariesPort {

    private static final String SUMMARY = "SELECT t, c, m, a FROM Ticket t"
            + " JOIN Conversation c ON c.id = t.conversationId"
            + " LEFT JOIN Message m ON m.conversationId = c.id AND m.seq = c.lastSeq"
            + " LEFT JOIN Agent a ON a.id = t.assigneeId";

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
        return em.createQuery(SUMMARY + " ORDER BY t.lastActivityAt DESC, t.id DESC", Object[].class)
                .setMaxResults(limit)
                .getResultStream().map(TicketPersistenceAdapter::summary).toList();
    }

    @Override
    public Optional<TicketSummary> ofConversation(ConversationId conversation) {
        TypedQuery<Object[]> query = em.createQuery(SUMMARY + " WHERE t.conversationId = :conversation", Object[].class)
                .setParameter("conversation", conversation.toString());
        return query.getResultStream().findFirst().map(TicketPersistenceAdapter::summary);
    }

    private static TicketSummary summary(Object[] row) {
        Ticket ticket = ((TicketJpaEntity) row[0]).toDomain();
        ConversationJpaEntity conversation = (ConversationJpaEntity) row[1];
        MessageJpaEntity last = (MessageJpaEntity) row[2];
        AgentJpaEntity assignee = (AgentJpaEntity) row[3];
        Optional<TicketSummary.LastMessage> lastMessage = Optional.ofNullable(last).map(message ->
                new TicketSummary.LastMessage(AuthorKind.valueOf(message.authorKind),
                        new MessageText(message.body).preview(TicketSummary.PREVIEW_LENGTH),
                        UtcTimes.fromColumn(message.sentAt)));
        return new TicketSummary(ticket.id(), ticket.conversation(), ticket.status(),
                Visitor.displayNameOf(VisitorId.of(conversation.visitorId)), ticket.assignee(),
                Optional.ofNullable(assignee).map(agent -> agent.displayName), conversation.lastSeq, lastMessage,
                ticket.createdAt(), ticket.lastActivityAt());
    }
}
