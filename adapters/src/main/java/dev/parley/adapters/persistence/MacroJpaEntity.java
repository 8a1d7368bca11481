package dev.parley.adapters.persistence;

import dev.parley.domain.macro.Macro;
import dev.parley.domain.macro.MacroBody;
import dev.parley.domain.macro.MacroId;
import dev.parley.domain.macro.MacroTitle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A saved reply, its body with the variables as written. */
@Entity(name = "Macro")
@Table(name = "macro")
class MacroJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "body", nullable = false)
    String body;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    static MacroJpaEntity from(Macro macro) {
        MacroJpaEntity entity = new MacroJpaEntity();
        entity.id = macro.id().toString();
        entity.createdAt = UtcTimes.toColumn(macro.createdAt());
        entity.copyStateOf(macro);
        return entity;
    }

    /** Copies what a revision changes; inside the entity, so that EclipseLink's change tracking sees it. */
    void copyStateOf(Macro macro) {
        title = macro.title().value();
        body = macro.body().value();
        updatedAt = UtcTimes.toColumn(macro.updatedAt());
    }

    Macro toDomain() {
        return Macro.reconstitute(
                MacroId.of(id),
                new MacroTitle(title),
                new MacroBody(body),
                UtcTimes.fromColumn(createdAt),
                UtcTimes.fromColumn(updatedAt));
    }
}
