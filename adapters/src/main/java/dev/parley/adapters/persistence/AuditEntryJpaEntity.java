package dev.parley.adapters.persistence;

import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.audit.AuditEntryId;
import dev.parley.domain.shared.AgentId;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One entry of the audit log; its summary is kept as JSON text. Written once, never changed. */
@Entity(name = "AuditEntry")
@Table(name = "audit_entry")
class AuditEntryJpaEntity {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "recorded_at", nullable = false)
    LocalDateTime recordedAt;

    @Column(name = "actor_id", nullable = false)
    String actorId;

    @Column(name = "actor_name", nullable = false)
    String actorName;

    @Column(name = "action", nullable = false)
    String action;

    @Column(name = "summary", nullable = false)
    String summary;

    static AuditEntryJpaEntity from(AuditEntry entry) {
        AuditEntryJpaEntity entity = new AuditEntryJpaEntity();
        entity.id = entry.id().toString();
        entity.recordedAt = UtcTimes.toColumn(entry.at());
        entity.actorId = entry.actor().toString();
        entity.actorName = entry.actorName();
        entity.action = entry.action().code();
        entity.summary = JSON.toJson(entry.summary());
        return entity;
    }

    @SuppressWarnings("unchecked")
    AuditEntry toDomain() {
        Map<String, Object> parsed = JSON.fromJson(summary, LinkedHashMap.class);
        return new AuditEntry(
                new AuditEntryId(UUID.fromString(id)),
                UtcTimes.fromColumn(recordedAt),
                AgentId.of(actorId),
                actorName,
                AuditAction.ofCode(action),
                parsed);
    }
}
