package dev.parley.adapters.persistence;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

@Entity(name = "Ticket")
@Table(name = "ticket")
class TicketJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "conversation_id", nullable = false)
    String conversationId;

    @Column(name = "visitor_id", nullable = false)
    String visitorId;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "assignee_id")
    String assigneeId;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "last_activity_at", nullable = false)
    LocalDateTime lastActivityAt;

    @Column(name = "snoozed_until")
    LocalDateTime snoozedUntil;

    @Column(name = "waiting_since")
    LocalDateTime waitingSince;

    @Column(name = "closed_at")
    LocalDateTime closedAt;

    static TicketJpaEntity from(Ticket ticket) {
        TicketJpaEntity entity = new TicketJpaEntity();
        entity.id = ticket.id().toString();
        entity.conversationId = ticket.conversation().toString();
        entity.visitorId = ticket.requester().toString();
        entity.createdAt = UtcTimes.toColumn(ticket.createdAt());
        entity.copyStateOf(ticket);
        return entity;
    }

    void copyStateOf(Ticket ticket) {
        status = ticket.status().name();
        assigneeId = ticket.assignee().map(AgentId::toString).orElse(null);
        lastActivityAt = UtcTimes.toColumn(ticket.lastActivityAt());
        snoozedUntil = UtcTimes.toColumn(ticket.snoozedUntil().orElse(null));
        waitingSince = UtcTimes.toColumn(ticket.waitingSince().orElse(null));
        closedAt = UtcTimes.toColumn(ticket.closedAt().orElse(null));
    }

    Ticket toDomain() {
        return Ticket.reconstitute(
                new TicketId(UUID.fromString(id)),
                new ConversationId(UUID.fromString(conversationId)),
                VisitorId.of(visitorId),
                UtcTimes.fromColumn(createdAt),
                TicketStatus.valueOf(status),
                UtcTimes.fromColumn(snoozedUntil),
                assigneeId == null ? null : AgentId.of(assigneeId),
                UtcTimes.fromColumn(lastActivityAt),
                UtcTimes.fromColumn(waitingSince),
                UtcTimes.fromColumn(closedAt));
    }
}
