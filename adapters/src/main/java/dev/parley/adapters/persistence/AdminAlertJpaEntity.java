package dev.parley.adapters.persistence;

import dev.parley.domain.notification.AdminAlert;
import dev.parley.domain.notification.AdminAlertKind;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.shared.AgentId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/** A row of {@code admin_alert}. */
@Entity(name = "AdminAlert")
@Table(name = "admin_alert")
class AdminAlertJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "agent_id", nullable = false)
    String agentId;

    @Column(name = "kind", nullable = false)
    String kind;

    @Column(name = "about", nullable = false)
    String about;

    @Column(name = "detail", nullable = false)
    String detail;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    LocalDateTime nextAttemptAt;

    @Column(name = "sent_at")
    LocalDateTime sentAt;

    @Column(name = "last_error")
    String lastError;

    static AdminAlertJpaEntity from(AdminAlert alert) {
        AdminAlertJpaEntity row = new AdminAlertJpaEntity();
        row.id = alert.id().toString();
        row.agentId = alert.admin().toString();
        row.kind = alert.kind().name();
        row.about = alert.about();
        row.detail = alert.detail();
        row.createdAt = UtcTimes.toColumn(alert.createdAt());
        row.copyStateOf(alert);
        return row;
    }

    void copyStateOf(AdminAlert alert) {
        status = alert.status().name();
        attempts = alert.attempts();
        nextAttemptAt = UtcTimes.toColumn(alert.nextAttemptAt());
        sentAt = UtcTimes.toColumn(alert.sentAt().orElse(null));
        lastError = alert.lastError().orElse(null);
    }

    AdminAlert toDomain() {
        return AdminAlert.reconstitute(
                UUID.fromString(id),
                new AgentId(UUID.fromString(agentId)),
                AdminAlertKind.valueOf(kind),
                about,
                detail,
                UtcTimes.fromColumn(createdAt),
                NotificationStatus.valueOf(status),
                attempts,
                UtcTimes.fromColumn(nextAttemptAt),
                Optional.ofNullable(sentAt).map(UtcTimes::fromColumn),
                Optional.ofNullable(lastError));
    }
}
