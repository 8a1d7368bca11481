package dev.parley.adapters.persistence;

import dev.parley.domain.tag.Tag;
import dev.parley.domain.tag.TagColour;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.tag.TagName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A tag of the store's list; its name in lower case keeps names unique ignoring case. */
@Entity(name = "Tag")
@Table(name = "tag")
class TagJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "name_key", nullable = false)
    String nameKey;

    @Column(name = "colour", nullable = false)
    String colour;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    static TagJpaEntity from(Tag tag) {
        TagJpaEntity entity = new TagJpaEntity();
        entity.id = tag.id().toString();
        entity.createdAt = UtcTimes.toColumn(tag.createdAt());
        entity.copyStateOf(tag);
        return entity;
    }

    /** Copies what a revision changes; inside the entity, so that EclipseLink's change tracking sees it. */
    void copyStateOf(Tag tag) {
        name = tag.name().value();
        nameKey = tag.name().key();
        colour = tag.colour().code();
        updatedAt = UtcTimes.toColumn(tag.updatedAt());
    }

    Tag toDomain() {
        return Tag.reconstitute(
                TagId.of(id),
                new TagName(name),
                TagColour.of(colour),
                UtcTimes.fromColumn(createdAt),
                UtcTimes.fromColumn(updatedAt));
    }
}
