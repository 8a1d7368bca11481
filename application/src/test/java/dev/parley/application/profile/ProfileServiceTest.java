package dev.parley.application.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.profile.port.in.ProfileEventView;
import dev.parley.application.profile.port.in.ProfileEventsQuery;
import dev.parley.application.profile.port.in.RecordProfileEventCommand;
import dev.parley.application.profile.port.in.RecordProfileEventUseCase;
import dev.parley.application.profile.port.in.TicketProfileQuery;
import dev.parley.application.profile.port.in.UpsertProfileCommand;
import dev.parley.application.profile.port.in.UpsertProfileUseCase;
import dev.parley.application.profile.port.out.CustomerTicketsPort;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.visitor.InMemoryVisitors;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.profile.ContactDetails;
import dev.parley.domain.profile.EventIdReusedException;
import dev.parley.domain.profile.EventName;
import dev.parley.domain.profile.EventProperties;
import dev.parley.domain.profile.EventPropertiesTooLargeException;
import dev.parley.domain.profile.ProfilePolicy;
import dev.parley.domain.profile.PropertyValue;
import dev.parley.domain.profile.StoreEventId;
import dev.parley.domain.profile.StoreUserId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketStatus;
import dev.parley.domain.visitor.TokenHash;
import dev.parley.domain.visitor.Visitor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final StoreUserId ADA = new StoreUserId("user-42");
    private static final ContactDetails ADA_CONTACT = new ContactDetails(
            Optional.of("Ada Lovelace"), Optional.of("ada@example.com"), Optional.empty(), Optional.of("London"));

    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final InMemoryVisitors visitors = new InMemoryVisitors();
    private final Tickets tickets = new Tickets();
    private final ProfileService service = new ProfileService(
            profiles,
            profiles,
            profiles,
            profiles,
            visitors,
            tickets,
            tickets,
            new ProfilePolicy(3, 64, 20, 1024),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_store_user_new_to_parley_gets_a_visitor_and_a_profile() {
        UpsertProfileUseCase.Upserted result = service.upsert(
                new UpsertProfileCommand(ADA, ADA_CONTACT, Map.of("plan", new PropertyValue.Text("gold"))));

        assertThat(result.created()).isTrue();
        assertThat(visitors.findByExternalId("user-42")).isPresent();
        assertThat(result.profile().name()).contains("Ada Lovelace");
        assertThat(result.profile().identified()).isTrue();
        assertThat(profiles.stored.values())
                .singleElement()
                .satisfies(profile -> assertThat(profile.contact()).isEqualTo(ADA_CONTACT));
        assertThat(profiles.published)
                .singleElement()
                .satisfies(news ->
                        assertThat(news.profile()).isEqualTo(result.profile().id()));
    }

    @Test
    void a_known_store_user_s_profile_is_replaced_and_an_unchanged_one_tells_nobody() {
        service.upsert(new UpsertProfileCommand(ADA, ADA_CONTACT, Map.of("plan", new PropertyValue.Text("gold"))));

        UpsertProfileUseCase.Upserted again = service.upsert(
                new UpsertProfileCommand(ADA, ADA_CONTACT, Map.of("plan", new PropertyValue.Text("gold"))));
        UpsertProfileUseCase.Upserted changed =
                service.upsert(new UpsertProfileCommand(ADA, ContactDetails.none(), Map.of()));

        assertThat(again.created()).isFalse();
        assertThat(changed.profile().name()).isEmpty();
        assertThat(changed.profile().visitorCode())
                .isEqualTo(changed.profile().visitor().code());
        assertThat(changed.profile().properties()).isEmpty();
        assertThat(visitors.all).hasSize(1);
        assertThat(profiles.published).hasSize(2);
    }

    @Test
    void too_many_properties_are_refused_and_change_nothing() {
        service.upsert(new UpsertProfileCommand(ADA, ADA_CONTACT, Map.of()));

        assertThatThrownBy(() -> service.upsert(new UpsertProfileCommand(
                        ADA,
                        ContactDetails.none(),
                        Map.of(
                                "a",
                                new PropertyValue.Flag(true),
                                "b",
                                new PropertyValue.Flag(true),
                                "c",
                                new PropertyValue.Flag(true),
                                "d",
                                new PropertyValue.Flag(true)))))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "too_many_properties");
        assertThat(profiles.stored.values())
                .singleElement()
                .satisfies(profile -> assertThat(profile.contact()).isEqualTo(ADA_CONTACT));
        assertThat(profiles.published).hasSize(1);
    }

    @Test
    void an_event_is_recorded_once_and_a_retry_answers_the_stored_one() {
        RecordProfileEventUseCase.Recorded first = service.record(order("order-1", "{\"value\":129.9}"));
        RecordProfileEventUseCase.Recorded retry = service.record(order("order-1", "{\"value\":129.9}"));

        assertThat(first.created()).isTrue();
        assertThat(retry.created()).isFalse();
        assertThat(retry.event()).isEqualTo(first.event());
        assertThat(profiles.events).hasSize(1);
        assertThat(profiles.published).hasSize(1);
    }

    @Test
    void an_event_id_reused_for_other_content_is_refused_and_changes_nothing() {
        service.record(order("order-1", "{\"value\":129.9}"));

        assertThatThrownBy(() -> service.record(order("order-1", "{\"value\":5}")))
                .isInstanceOf(EventIdReusedException.class)
                .hasFieldOrPropertyWithValue("code", "event_id_reused");
        assertThat(profiles.events)
                .singleElement()
                .satisfies(event -> assertThat(event.properties().json()).isEqualTo("{\"value\":129.9}"));
    }

    @Test
    void oversized_event_properties_are_refused_before_anything_is_created() {
        String big = "{\"k\":\"" + "x".repeat(1100) + "\"}";

        assertThatThrownBy(() -> service.record(order("order-1", big)))
                .isInstanceOf(EventPropertiesTooLargeException.class);
        assertThat(visitors.all).isEmpty();
        assertThat(profiles.events).isEmpty();
    }

    @Test
    void events_come_newest_first_in_keyset_pages() {
        for (int i = 0; i < 5; i++) {
            service.record(new RecordProfileEventCommand(
                    ADA,
                    new StoreEventId("e" + i),
                    new EventName("Viewed"),
                    Optional.of(NOW.minusSeconds(100 - i)),
                    EventProperties.none()));
        }
        var profile = profiles.stored.values().iterator().next().id();

        ProfileEventsQuery.EventPage first = service.events(profile, Optional.empty(), 2);
        ProfileEventsQuery.EventPage second = service.events(profile, first.nextCursor(), 2);
        ProfileEventsQuery.EventPage last = service.events(profile, second.nextCursor(), 2);

        assertThat(first.events()).extracting(ProfileEventView::id).containsExactly("e4", "e3");
        assertThat(second.events()).extracting(ProfileEventView::id).containsExactly("e2", "e1");
        assertThat(last.events()).extracting(ProfileEventView::id).containsExactly("e0");
        assertThat(last.nextCursor()).isEmpty();
        assertThatThrownBy(() -> service.events(profile, Optional.of("bogus"), 2))
                .hasFieldOrPropertyWithValue("code", "invalid_cursor");
    }

    @Test
    void a_ticket_s_sidebar_shows_the_visitor_s_profile_and_their_other_tickets() {
        service.upsert(new UpsertProfileCommand(ADA, ADA_CONTACT, Map.of()));
        VisitorId ada = visitors.all.get(0).id();
        TicketId current = tickets.open(ada);
        TicketId older = tickets.open(ada);

        TicketProfileQuery.TicketProfile sidebar = service.profileOfTicket(current, AgentId.random());

        assertThat(sidebar.profile().externalUserId()).contains("user-42");
        assertThat(sidebar.profile().email()).contains("ada@example.com");
        assertThat(sidebar.otherTickets()).extracting(TicketSummary::id).containsExactly(older);
    }

    @Test
    void an_anonymous_visitor_s_sidebar_says_what_is_known() {
        Visitor anonymous = Visitor.anonymous(VisitorId.random(), new TokenHash("a".repeat(64)), NOW);
        visitors.create(anonymous);
        TicketId ticket = tickets.open(anonymous.id());

        TicketProfileQuery.TicketProfile sidebar = service.profileOfTicket(ticket, AgentId.random());

        assertThat(sidebar.profile().identified()).isFalse();
        assertThat(sidebar.profile().name()).isEmpty();
        assertThat(sidebar.profile().visitorCode())
                .isEqualTo(anonymous.id().code())
                .hasSize(4);
        assertThat(sidebar.otherTickets()).isEmpty();
    }

    private static RecordProfileEventCommand order(String id, String properties) {
        return new RecordProfileEventCommand(
                ADA,
                new StoreEventId(id),
                new EventName("Placed Order"),
                Optional.of(Instant.parse("2026-11-20T08:00:00Z")),
                new EventProperties(properties));
    }

    /** Tickets and their inbox rows, the newest first. */
    private static final class Tickets implements LoadTicketPort, CustomerTicketsPort {

        private final List<Ticket> all = new ArrayList<>();

        TicketId open(VisitorId visitor) {
            Ticket ticket =
                    Ticket.open(new TicketId(UUID.randomUUID()), new ConversationId(UUID.randomUUID()), visitor, NOW);
            all.add(0, ticket);
            return ticket.id();
        }

        @Override
        public Optional<Ticket> findByConversation(ConversationId conversation) {
            return all.stream()
                    .filter(ticket -> ticket.conversation().equals(conversation))
                    .findFirst();
        }

        @Override
        public Optional<Ticket> findById(TicketId id) {
            return all.stream().filter(ticket -> ticket.id().equals(id)).findFirst();
        }

        @Override
        public List<TicketSummary> ofVisitor(VisitorId visitor, AgentId viewer, Instant now, int limit) {
            return all.stream()
                    .filter(ticket -> ticket.requester().equals(visitor))
                    .limit(limit)
                    .map(ticket -> new TicketSummary(
                            ticket.id(),
                            ticket.conversation(),
                            TicketStatus.OPEN,
                            Optional.empty(),
                            ticket.requester().code(),
                            Optional.empty(),
                            Optional.empty(),
                            1,
                            Optional.empty(),
                            NOW,
                            NOW,
                            Channel.CHAT,
                            Optional.empty(),
                            Optional.empty(),
                            false))
                    .toList();
        }
    }
}
