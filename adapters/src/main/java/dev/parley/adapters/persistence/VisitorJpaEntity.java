package dev.parley.adapters.persistence;

import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.TokenHash;
import dev.parley.domain.visitor.Visitor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity(name = "Visitor")
@Table(name = "visitor")
class VisitorJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "token_hash", nullable = false)
    String tokenHash;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    static VisitorJpaEntity from(Visitor visitor) {
        VisitorJpaEntity entity = new VisitorJpaEntity();
        entity.id = visitor.id().toString();
        entity.tokenHash = visitor.tokenHash().value();
        entity.createdAt = UtcTimes.toColumn(visitor.createdAt());
        return entity;
    }

    Visitor toDomain() {
        return Visitor.reconstitute(VisitorId.of(id), new TokenHash(tokenHash), UtcTimes.fromColumn(createdAt));
    }
}
