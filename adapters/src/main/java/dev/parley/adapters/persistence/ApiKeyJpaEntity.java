package dev.parley.adapters.persistence;

import dev.parley.domain.apikey.ApiKey;
import dev.parley.domain.apikey.ApiKeyHash;
import dev.parley.domain.apikey.ApiKeyId;
import dev.parley.domain.apikey.ApiKeyName;
import dev.parley.domain.shared.AgentId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

@Entity(name = "ApiKey")
@Table(name = "api_key")
class ApiKeyJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "prefix", nullable = false)
    String prefix;

    @Column(name = "secret_hash", nullable = false)
    String secretHash;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "last_used_at")
    LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    LocalDateTime revokedAt;

    static ApiKeyJpaEntity from(ApiKey key) {
        ApiKeyJpaEntity entity = new ApiKeyJpaEntity();
        entity.id = key.id().toString();
        entity.name = key.name().value();
        entity.prefix = key.prefix();
        entity.secretHash = key.hash().value();
        entity.createdAt = UtcTimes.toColumn(key.createdAt());
        entity.createdBy = key.createdBy().toString();
        entity.copyStateOf(key);
        return entity;
    }

    /** Takes the key's changeable state; written here so that the woven change tracking sees it. */
    void copyStateOf(ApiKey key) {
        this.lastUsedAt = UtcTimes.toColumn(key.lastUsedAt().orElse(null));
        this.revokedAt = UtcTimes.toColumn(key.revokedAt().orElse(null));
    }

    ApiKey toDomain() {
        return ApiKey.reconstitute(
                new ApiKeyId(UUID.fromString(id)),
                new ApiKeyName(name),
                new ApiKeyHash(secretHash),
                prefix,
                UtcTimes.fromColumn(createdAt),
                AgentId.of(createdBy),
                Optional.ofNullable(UtcTimes.fromColumn(lastUsedAt)),
                Optional.ofNullable(UtcTimes.fromColumn(revokedAt)));
    }
}
