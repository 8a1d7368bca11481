package dev.parley.adapters.persistence;

import dev.parley.domain.profile.EventName;
import dev.parley.domain.profile.EventProperties;
import dev.parley.domain.profile.ProfileEvent;
import dev.parley.domain.profile.ProfileEventId;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.profile.StoreEventId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

@Entity(name = "ProfileEvent")
@Table(name = "profile_event")
class ProfileEventJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "profile_id", nullable = false)
    String profileId;

    @Column(name = "event_id", nullable = false)
    String eventId;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "occurred_at", nullable = false)
    LocalDateTime occurredAt;

    @Column(name = "properties", nullable = false)
    String properties;

    @Column(name = "recorded_at", nullable = false)
    LocalDateTime recordedAt;

    static ProfileEventJpaEntity from(ProfileEvent event) {
        ProfileEventJpaEntity entity = new ProfileEventJpaEntity();
        entity.id = event.id().toString();
        entity.profileId = event.profile().toString();
        entity.eventId = event.storeId().value();
        entity.name = event.name().value();
        entity.occurredAt = UtcTimes.toColumn(event.occurredAt());
        entity.properties = event.properties().json();
        entity.recordedAt = UtcTimes.toColumn(event.recordedAt());
        return entity;
    }

    ProfileEvent toDomain() {
        return new ProfileEvent(
                new ProfileEventId(UUID.fromString(id)),
                new ProfileId(UUID.fromString(profileId)),
                new StoreEventId(eventId),
                new EventName(name),
                UtcTimes.fromColumn(occurredAt),
                new EventProperties(properties),
                UtcTimes.fromColumn(recordedAt));
    }
}
