package dev.parley.application.profile;

import dev.parley.application.profile.port.out.LoadProfilePort;
import dev.parley.application.profile.port.out.ProfileEventsPort;
import dev.parley.application.profile.port.out.ProfileNews;
import dev.parley.application.profile.port.out.PublishProfileNewsPort;
import dev.parley.application.profile.port.out.SaveProfilePort;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileEvent;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.profile.StoreEventId;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.VisitorId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Profiles, their events and the news about them, in memory, for tests. Stored profiles are copies, so that a test
 * sees only what a use case saved.
 */
public final class InMemoryProfiles
        implements LoadProfilePort, SaveProfilePort, ProfileEventsPort, PublishProfileNewsPort {

    public final Map<ProfileId, Profile> stored = new LinkedHashMap<>();
    public final List<ProfileEvent> events = new ArrayList<>();
    public final List<ProfileNews> published = new ArrayList<>();

    @Override
    public Optional<Profile> findById(ProfileId id) {
        return Optional.ofNullable(stored.get(id)).map(InMemoryProfiles::copy);
    }

    @Override
    public Optional<Profile> findByPhone(PhoneNumber phone) {
        return stored.values().stream()
                .filter(profile -> profile.contact()
                        .phone()
                        .flatMap(PhoneNumber::tryParse)
                        .filter(phone::equals)
                        .isPresent())
                .max(java.util.Comparator.comparing(Profile::updatedAt));
    }

    @Override
    public Optional<Profile> findByVisitor(VisitorId visitor) {
        return stored.values().stream()
                .filter(profile -> profile.visitor().equals(visitor))
                .findFirst()
                .map(InMemoryProfiles::copy);
    }

    @Override
    public Optional<Profile> findByVisitorForUpdate(VisitorId visitor) {
        return findByVisitor(visitor);
    }

    @Override
    public void create(Profile profile) {
        if (findByVisitor(profile.visitor()).isPresent()) {
            throw new IllegalStateException("the visitor has a profile already");
        }
        stored.put(profile.id(), copy(profile));
    }

    @Override
    public void update(Profile profile) {
        if (!stored.containsKey(profile.id())) {
            throw new IllegalStateException("no such profile");
        }
        stored.put(profile.id(), copy(profile));
    }

    @Override
    public Optional<ProfileEvent> find(ProfileId profile, StoreEventId id) {
        return events.stream()
                .filter(event ->
                        event.profile().equals(profile) && event.storeId().equals(id))
                .findFirst();
    }

    @Override
    public void append(ProfileEvent event) {
        if (find(event.profile(), event.storeId()).isPresent()) {
            throw new IllegalStateException("duplicate event id");
        }
        events.add(event);
    }

    @Override
    public List<ProfileEvent> page(ProfileId profile, Optional<Position> before, int limit) {
        Comparator<ProfileEvent> newestFirst = Comparator.comparing(ProfileEvent::occurredAt)
                .thenComparing(event -> event.id().value().toString())
                .reversed();
        return events.stream()
                .filter(event -> event.profile().equals(profile))
                .filter(event -> before.map(position -> event.occurredAt().isBefore(position.occurredAt())
                                || (event.occurredAt().equals(position.occurredAt())
                                        && event.id()
                                                        .value()
                                                        .toString()
                                                        .compareTo(position.event()
                                                                .value()
                                                                .toString())
                                                < 0))
                        .orElse(true))
                .sorted(newestFirst)
                .limit(limit)
                .toList();
    }

    @Override
    public void publish(ProfileNews news) {
        published.add(news);
    }

    private static Profile copy(Profile profile) {
        return Profile.reconstitute(
                profile.id(),
                profile.visitor(),
                profile.contact(),
                profile.properties(),
                profile.locale(),
                profile.firstPage(),
                profile.visitorEmail(),
                profile.createdAt(),
                profile.updatedAt());
    }
}
