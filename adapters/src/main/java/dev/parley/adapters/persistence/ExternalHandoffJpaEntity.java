package dev.parley.adapters.persistence;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.handoff.ExternalHandoff;
import dev.parley.domain.handoff.HandoffId;
import dev.parley.domain.handoff.HandoffStatus;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.VisitorId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/** A row of {@code external_handoff}. */
@Entity(name = "ExternalHandoff")
@Table(name = "external_handoff")
class ExternalHandoffJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "conversation_id", nullable = false)
    String conversationId;

    @Column(name = "visitor_id", nullable = false)
    String visitorId;

    @Column(name = "helpdesk", nullable = false)
    String helpdesk;

    @Column(name = "email", nullable = false)
    String email;

    @Column(name = "reason", nullable = false)
    String reason;

    @Column(name = "language")
    String language;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    LocalDateTime nextAttemptAt;

    @Column(name = "external_id")
    String externalId;

    @Column(name = "external_url")
    String externalUrl;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "finished_at")
    LocalDateTime finishedAt;

    static ExternalHandoffJpaEntity from(ExternalHandoff handoff) {
        ExternalHandoffJpaEntity row = new ExternalHandoffJpaEntity();
        row.id = handoff.id().toString();
        row.conversationId = handoff.conversation().toString();
        row.visitorId = handoff.visitor().toString();
        row.helpdesk = handoff.helpdesk().name();
        row.email = handoff.email();
        row.reason = handoff.reason().name();
        row.language = handoff.language().orElse(null);
        row.createdAt = UtcTimes.toColumn(handoff.createdAt());
        row.copyStateOf(handoff);
        return row;
    }

    void copyStateOf(ExternalHandoff handoff) {
        status = handoff.status().name();
        attempts = handoff.attempts();
        nextAttemptAt = UtcTimes.toColumn(handoff.nextAttemptAt());
        externalId = handoff.externalId().orElse(null);
        externalUrl = handoff.externalUrl().orElse(null);
        lastError = handoff.lastError().orElse(null);
        finishedAt = UtcTimes.toColumn(handoff.finishedAt().orElse(null));
    }

    ExternalHandoff toDomain() {
        return ExternalHandoff.reconstitute(
                new HandoffId(UUID.fromString(id)),
                ConversationId.parse(conversationId),
                new VisitorId(UUID.fromString(visitorId)),
                Helpdesk.valueOf(helpdesk),
                email,
                HandoffReason.valueOf(reason),
                Optional.ofNullable(language),
                HandoffStatus.valueOf(status),
                attempts,
                UtcTimes.fromColumn(createdAt),
                UtcTimes.fromColumn(nextAttemptAt),
                Optional.ofNullable(externalId),
                Optional.ofNullable(externalUrl),
                Optional.ofNullable(lastError),
                Optional.ofNullable(finishedAt).map(UtcTimes::fromColumn));
    }
}
