package dev.parley.adapters.persistence;

import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.TokenHash;
import dev.parley.domain.visitor.Visitor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

@Entity(name = "Visitor")
@Table(name = "visitor")
class VisitorJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "token_hash", nullable = false)
    String tokenHash;

    @Column(name = "external_id")
    String externalId;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    static VisitorJpaEntity from(Visitor visitor) {
        VisitorJpaEntity entity = new VisitorJpaEntity();
        entity.id = visitor.id().toString();
        entity.tokenHash = visitor.tokenHash().value();
        entity.externalId = visitor.externalId().orElse(null);
        entity.createdAt = UtcTimes.toColumn(visitor.createdAt());
        return entity;
    }

    /** Takes the visitor's new token hash; written here so that the woven change tracking sees it. */
    void replaceToken(Visitor visitor) {
        this.tokenHash = visitor.tokenHash().value();
    }

    Visitor toDomain() {
        return Visitor.reconstitute(
                VisitorId.of(id),
                new TokenHash(tokenHash),
                Optional.ofNullable(externalId),
                UtcTimes.fromColumn(createdAt));
    }
}
