package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.macro.port.out.LoadVisitorNamePort;
import dev.parley.application.profile.port.out.LoadProfilePort;
import dev.parley.application.profile.port.out.ProfileEventsPort;
import dev.parley.application.profile.port.out.SaveProfilePort;
import dev.parley.domain.profile.ContactDetails;
import dev.parley.domain.profile.EventName;
import dev.parley.domain.profile.EventProperties;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileEvent;
import dev.parley.domain.profile.ProfileEventId;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.profile.ProfileProperties;
import dev.parley.domain.profile.StoreEventId;
import dev.parley.domain.visitor.Visitor;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Profiles and their store events as the database keeps them: one profile a visitor, events paged newest first. */
@OnArquillianServer
class ProfilePersistenceIT {

    @Inject
    Fixtures fixtures;

    @Inject
    LoadProfilePort profiles;

    @Inject
    SaveProfilePort saved;

    @Inject
    ProfileEventsPort events;

    @Inject
    LoadVisitorNamePort visitorNames;

    @Test
    void a_profile_is_found_by_its_visitor_and_names_the_visitor() {
        Visitor visitor = fixtures.visitor();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Profile profile = Profile.blank(ProfileId.random(), visitor.id(), now);
        Tx.run(() -> saved.create(profile));
        assertThat(Tx.call(() -> visitorNames.nameOf(visitor.id())))
                .as("before the store names them")
                .isEmpty();

        ContactDetails contact = new ContactDetails(
                Optional.of("Ada Lovelace"), Optional.of("ada@example.com"), Optional.empty(), Optional.of("London"));
        Tx.run(() -> {
            Profile stored = profiles.findByVisitorForUpdate(visitor.id()).orElseThrow();
            stored.update(contact, ProfileProperties.none(), now.plusSeconds(1));
            saved.update(stored);
        });

        Profile found = Tx.call(() -> profiles.findByVisitor(visitor.id())).orElseThrow();
        assertThat(found.id()).isEqualTo(profile.id());
        assertThat(found.contact()).isEqualTo(contact);
        assertThat(found.updatedAt()).isEqualTo(now.plusSeconds(1));
        assertThat(Tx.call(() -> profiles.findById(profile.id())))
                .map(Profile::visitor)
                .contains(visitor.id());
        assertThat(Tx.call(() -> visitorNames.nameOf(visitor.id()))).contains("Ada Lovelace");
        Visitor unknown = fixtures.visitor();
        assertThat(Tx.call(() -> profiles.findByVisitor(unknown.id()))).isEmpty();
    }

    @Test
    void events_are_paged_newest_first_and_found_by_the_stores_id() {
        Visitor visitor = fixtures.visitor();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Profile profile = Profile.blank(ProfileId.random(), visitor.id(), now);
        Tx.run(() -> saved.create(profile));
        List<ProfileEvent> recorded = new ArrayList<>();
        // Two events share their time, so that only the id orders them.
        for (int minutes : new int[] {5, 4, 4, 3, 1}) {
            recorded.add(ProfileEvent.record(
                    ProfileEventId.random(),
                    profile.id(),
                    new StoreEventId(Fixtures.unique("order")),
                    new EventName("order_placed"),
                    Optional.of(now.minus(minutes, ChronoUnit.MINUTES)),
                    EventProperties.none(),
                    now));
        }
        Tx.run(() -> recorded.forEach(events::append));
        List<ProfileEventId> expected = recorded.stream()
                .sorted(Comparator.comparing(ProfileEvent::occurredAt)
                        .thenComparing(event -> event.id().toString())
                        .reversed())
                .map(ProfileEvent::id)
                .toList();

        List<ProfileEventId> seen = new ArrayList<>();
        Optional<ProfileEventsPort.Position> before = Optional.empty();
        for (int pages = 0; pages < 10; pages++) {
            Optional<ProfileEventsPort.Position> cursor = before;
            List<ProfileEvent> page = Tx.call(() -> events.page(profile.id(), cursor, 2));
            page.forEach(event -> seen.add(event.id()));
            if (page.size() < 2) {
                break;
            }
            ProfileEvent last = page.get(page.size() - 1);
            before = Optional.of(new ProfileEventsPort.Position(last.occurredAt(), last.id()));
        }
        assertThat(seen).containsExactlyElementsOf(expected);

        ProfileEvent second = recorded.get(1);
        assertThat(Tx.call(() -> events.find(profile.id(), second.storeId())))
                .map(ProfileEvent::id)
                .contains(second.id());
        assertThat(Tx.call(() -> events.find(profile.id(), new StoreEventId("never-sent"))))
                .isEmpty();
    }
}
