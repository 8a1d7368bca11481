package dev.parley.adapters.persistence;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.view.SavedView;
import dev.parley.domain.view.SavedViewId;
import dev.parley.domain.view.ViewFilter;
import dev.parley.domain.view.ViewName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/** A saved inbox view: its owner, whether the team shares it, its name and the filters it keeps. */
@Entity(name = "SavedView")
@Table(name = "saved_view")
class SavedViewJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "owner_id", nullable = false)
    String ownerId;

    /** 1 when the whole team sees it, else 0. */
    @Column(name = "shared", nullable = false)
    int shared;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "status")
    String status;

    @Column(name = "assignee", nullable = false)
    String assignee;

    @Column(name = "channel")
    String channel;

    @Column(name = "tag_id")
    String tagId;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    static SavedViewJpaEntity from(SavedView view) {
        SavedViewJpaEntity entity = new SavedViewJpaEntity();
        entity.id = view.id().toString();
        entity.ownerId = view.owner().toString();
        entity.shared = view.shared() ? 1 : 0;
        entity.createdAt = UtcTimes.toColumn(view.createdAt());
        entity.copyStateOf(view);
        return entity;
    }

    /** Copies what a revision changes; inside the entity, so that EclipseLink's change tracking sees it. */
    void copyStateOf(SavedView view) {
        name = view.name().value();
        ViewFilter filter = view.filter();
        status = filter.status().orElse(null);
        assignee = filter.assignee();
        channel = filter.channel().orElse(null);
        tagId = filter.tag().map(TagId::toString).orElse(null);
        searchText = filter.text().orElse(null);
        updatedAt = UtcTimes.toColumn(view.updatedAt());
    }

    SavedView toDomain() {
        return SavedView.reconstitute(
                SavedViewId.of(id),
                AgentId.of(ownerId),
                shared == 1,
                new ViewName(name),
                new ViewFilter(
                        Optional.ofNullable(status),
                        assignee,
                        Optional.ofNullable(channel),
                        Optional.ofNullable(tagId).map(TagId::of),
                        Optional.ofNullable(searchText)),
                UtcTimes.fromColumn(createdAt),
                UtcTimes.fromColumn(updatedAt));
    }
}
