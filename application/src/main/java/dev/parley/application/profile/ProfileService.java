package dev.parley.application.profile;

import dev.parley.application.profile.port.in.ProfileEventView;
import dev.parley.application.profile.port.in.ProfileEventsQuery;
import dev.parley.application.profile.port.in.ProfileView;
import dev.parley.application.profile.port.in.RecordProfileEventCommand;
import dev.parley.application.profile.port.in.RecordProfileEventUseCase;
import dev.parley.application.profile.port.in.TicketProfileQuery;
import dev.parley.application.profile.port.in.UpsertProfileCommand;
import dev.parley.application.profile.port.in.UpsertProfileUseCase;
import dev.parley.application.profile.port.out.CustomerTicketsPort;
import dev.parley.application.profile.port.out.LoadProfilePort;
import dev.parley.application.profile.port.out.ProfileEventsPort;
import dev.parley.application.profile.port.out.ProfileNews;
import dev.parley.application.profile.port.out.PublishProfileNewsPort;
import dev.parley.application.profile.port.out.SaveProfilePort;
import dev.parley.application.profile.port.out.StoreUsersPort;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.domain.profile.EventIdReusedException;
import dev.parley.domain.profile.EventProperties;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileEvent;
import dev.parley.domain.profile.ProfileEventId;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.profile.ProfileNotFoundException;
import dev.parley.domain.profile.ProfilePolicy;
import dev.parley.domain.profile.ProfileProperties;
import dev.parley.domain.profile.StoreUserId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import dev.parley.domain.visitor.Visitor;
import dev.parley.domain.visitor.VisitorToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Keeps visitors' profiles: the store's view of its users and their event history (the Events API), and what the
 * inbox's sidebar shows of a ticket's visitor.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class ProfileService
        implements UpsertProfileUseCase, RecordProfileEventUseCase, TicketProfileQuery, ProfileEventsQuery {

    private static final Logger LOG = Logger.getLogger(ProfileService.class.getName());

    private final SecureRandom random = new SecureRandom();
    private LoadProfilePort profiles;
    private SaveProfilePort savedProfiles;
    private ProfileEventsPort events;
    private PublishProfileNewsPort news;
    private StoreUsersPort visitors;
    private LoadTicketPort tickets;
    private CustomerTicketsPort customerTickets;
    private ProfilePolicy policy;
    private Clock clock;

    @Inject
    public ProfileService(
            LoadProfilePort profiles,
            SaveProfilePort savedProfiles,
            ProfileEventsPort events,
            PublishProfileNewsPort news,
            StoreUsersPort visitors,
            LoadTicketPort tickets,
            CustomerTicketsPort customerTickets,
            ProfilePolicy policy,
            Clock clock) {
        this.profiles = profiles;
        this.savedProfiles = savedProfiles;
        this.events = events;
        this.news = news;
        this.visitors = visitors;
        this.tickets = tickets;
        this.customerTickets = customerTickets;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected ProfileService() {}

    @Override
    public Upserted upsert(UpsertProfileCommand command) {
        ProfileProperties properties = ProfileProperties.of(command.properties(), policy);
        Instant now = clock.instant();
        StoreUser user = storeUser(command.user(), now);
        Profile profile = user.profile();
        if (profile.update(command.contact(), properties, now)) {
            savedProfiles.update(profile);
            news.publish(new ProfileNews(profile.id(), profile.visitor()));
            LOG.info(() -> "event=profile_updated profile=" + profile.id() + " created=" + user.created());
        }
        return new Upserted(view(profile, Optional.of(command.user().value())), user.created());
    }

    @Override
    public Recorded record(RecordProfileEventCommand command) {
        EventProperties properties = command.properties().within(policy);
        Instant now = clock.instant();
        Profile profile = storeUser(command.user(), now).profile();
        Optional<ProfileEvent> earlier = events.find(profile.id(), command.id());
        if (earlier.isPresent()) {
            if (!earlier.get().isTheSameAs(command.name(), command.occurredAt(), properties)) {
                throw new EventIdReusedException(command.id());
            }
            return new Recorded(ProfileEventView.of(earlier.get()), false);
        }
        ProfileEvent event = ProfileEvent.record(
                ProfileEventId.random(),
                profile.id(),
                command.id(),
                command.name(),
                command.occurredAt(),
                properties,
                now);
        events.append(event);
        news.publish(new ProfileNews(profile.id(), profile.visitor()));
        LOG.info(() -> "event=profile_event_recorded profile=" + profile.id() + " eventRecord=" + event.id());
        return new Recorded(ProfileEventView.of(event), true);
    }

    @Override
    public TicketProfile profileOfTicket(TicketId id, AgentId viewer) {
        Ticket ticket = tickets.findById(id).orElseThrow(() -> new TicketNotFoundException(id.toString()));
        VisitorId visitor = ticket.requester();
        Profile profile = profiles.findByVisitor(visitor).orElseGet(() -> createBlank(visitor));
        Optional<String> externalId = visitors.findVisitor(visitor).flatMap(Visitor::externalId);
        List<TicketSummary> others =
                customerTickets.ofVisitor(visitor, viewer, clock.instant(), MAX_OTHER_TICKETS + 1).stream()
                        .filter(summary -> !summary.id().equals(id))
                        .limit(MAX_OTHER_TICKETS)
                        .toList();
        return new TicketProfile(view(profile, externalId), others);
    }

    @Override
    public EventPage events(ProfileId id, Optional<String> before, int limit) {
        if (profiles.findById(id).isEmpty()) {
            throw new ProfileNotFoundException(id.toString());
        }
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<ProfileEvent> page = events.page(id, before.map(ProfileService::decode), size + 1);
        List<ProfileEvent> shown = page.subList(0, Math.min(size, page.size()));
        Optional<String> next =
                page.size() > size ? Optional.of(encode(shown.get(shown.size() - 1))) : Optional.empty();
        return new EventPage(shown.stream().map(ProfileEventView::of).toList(), next);
    }

    /** The store user's visitor and profile, both created if the store user is new to Parley. */
    private StoreUser storeUser(StoreUserId user, Instant now) {
        Optional<Visitor> known = visitors.findStoreUser(user.value());
        if (known.isEmpty()) {
            Visitor visitor = Visitor.identified(
                    VisitorId.random(), user.value(), VisitorToken.issue(random).hash(), now);
            visitors.createStoreUser(visitor);
            Profile profile = Profile.blank(ProfileId.random(), visitor.id(), now);
            savedProfiles.create(profile);
            return new StoreUser(profile, true);
        }
        VisitorId visitor = known.get().id();
        return new StoreUser(profiles.findByVisitorForUpdate(visitor).orElseGet(() -> createBlank(visitor)), false);
    }

    /** A profile for a visitor met before profiles existed; they all got one when the schema changed. */
    private Profile createBlank(VisitorId visitor) {
        Profile profile = Profile.blank(ProfileId.random(), visitor, clock.instant());
        savedProfiles.create(profile);
        return profile;
    }

    private static ProfileView view(Profile profile, Optional<String> externalUserId) {
        return ProfileView.of(profile, externalUserId);
    }

    private static String encode(ProfileEvent last) {
        Instant at = last.occurredAt();
        String position = at.getEpochSecond() + "." + at.getNano() + "." + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static ProfileEventsPort.Position decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.", 3);
            return new ProfileEventsPort.Position(
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    new ProfileEventId(UUID.fromString(parts[2])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeException notOurs) {
            throw new InvalidValueException(
                    "invalid_cursor", "The cursor is not one Parley gave; start again from the first page.");
        }
    }

    private record StoreUser(Profile profile, boolean created) {}
}
