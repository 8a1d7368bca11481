package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.profile.port.out.SaveProfilePort;
import dev.parley.application.ticket.port.in.TicketFilter;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.SaveTicketPort;
import dev.parley.application.ticket.port.out.TicketSummariesPort;
import dev.parley.application.visitor.port.out.SaveVisitorPort;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.profile.ContactDetails;
import dev.parley.domain.profile.Profile;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.profile.ProfileProperties;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.team.Role;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketStatus;
import dev.parley.domain.visitor.Visitor;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The inbox search as the database answers it (the same on H2 and PostgreSQL): a case-insensitive substring of the
 * messages, or of the visitor's profile name, email or phone or store user id; the list's other filters still apply.
 * Each test searches for text only its own rows contain (random Polish letters or digits, or hex), so that other
 * tickets in the database never show.
 */
@OnArquillianServer
class TicketSearchIT {

    /** More rows than the persistence adapter collects for a search before it tests tickets one by one (2,000). */
    private static final int MORE_THAN_COLLECTED = 2_001;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Fixtures fixtures;

    @Inject
    TicketSummariesPort list;

    @Inject
    LoadTicketPort loaded;

    @Inject
    SaveTicketPort saved;

    @Inject
    SaveVisitorPort visitors;

    @Inject
    SaveProfilePort profiles;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void finds_a_substring_of_a_message_in_any_case() {
        String hex = hex();
        Ticket ticket = fixtures.ticketOf(fixtures.visitor(), now, "Hello", "Where is my parcel? Order " + hex + ".");

        assertThat(search(hex.substring(5, 20))).containsExactly(ticket.id());
        assertThat(search("PARCEL? ORDER " + hex.toUpperCase(Locale.ROOT))).containsExactly(ticket.id());
        assertThat(search("parcel? order " + hex + "!"))
                .as("more than the message says")
                .isEmpty();
    }

    @Test
    void polish_letters_match_in_either_case() {
        String word = polish(12);
        String shouted = polish(12);
        Ticket quiet = fixtures.ticketOf(fixtures.visitor(), now, "Zażółć gęślą jaźń " + word);
        Ticket loud = fixtures.ticketOf(
                fixtures.visitor(),
                now.minusSeconds(1),
                "GDZIE JEST MOJA PRZESYŁKA " + shouted.toUpperCase(Locale.ROOT));

        assertThat(search(word.toUpperCase(Locale.ROOT))).containsExactly(quiet.id());
        assertThat(search("żółć gęślą jaźń " + word)).containsExactly(quiet.id());
        assertThat(search("przesyłka " + shouted)).containsExactly(loud.id());
    }

    @Test
    void finds_the_visitors_name_email_phone_and_store_user_id() {
        String name = polish(10);
        String hex = hex();
        String digits = digits(12);
        Ticket named = ticketOfVisitorWith(Optional.of("Zofia Żółtowska-" + name), Optional.empty(), Optional.empty());
        Ticket mailed =
                ticketOfVisitorWith(Optional.of("Ola"), Optional.of("ola." + hex + "@example.com"), Optional.empty());
        Ticket phoned = ticketOfVisitorWith(Optional.empty(), Optional.empty(), Optional.of("+48 " + digits));
        Visitor storeUser = Visitor.identified(VisitorId.random(), "store-user-" + hex, Fixtures.tokenHash(), now);
        Tx.run(() -> visitors.create(storeUser));
        Ticket ofStoreUser = fixtures.ticketOf(storeUser, now.minusSeconds(2), "Hi");

        assertThat(search("ŻÓŁTOWSKA-" + name.substring(0, 6))).containsExactly(named.id());
        assertThat(search(hex.substring(10) + "@EXAMPLE.COM")).containsExactly(mailed.id());
        assertThat(search(digits.substring(3))).containsExactly(phoned.id());
        assertThat(search("STORE-USER-" + hex)).containsExactly(ofStoreUser.id());
        assertThat(search(hex.substring(0, 12)))
                .as("the email and the store user id")
                .containsExactly(mailed.id(), ofStoreUser.id());
    }

    @Test
    void three_characters_are_enough() {
        String three = polish(3);
        Ticket ticket = fixtures.ticketOf(fixtures.visitor(), now.plusSeconds(5), "Kod " + three);

        // Other tickets may hold these three letters too; this one is the newest.
        List<TicketId> found = search(three.toUpperCase(Locale.ROOT));
        assertThat(found).isNotEmpty();
        assertThat(found.get(0)).isEqualTo(ticket.id());
    }

    @Test
    void text_nobody_wrote_finds_nothing() {
        fixtures.ticketOf(fixtures.visitor(), now, "Where is my parcel?");

        assertThat(search("parcel " + hex())).isEmpty();
        assertThat(search("%_" + hex()))
                .as("LIKE's wildcards are plain characters")
                .isEmpty();
    }

    @Test
    void wildcards_in_the_text_are_matched_as_written() {
        String hex = hex();
        Ticket ticket = fixtures.ticketOf(fixtures.visitor(), now, "Discount 50%_off! " + hex);
        fixtures.ticketOf(fixtures.visitor(), now, "Discount 50 percent off " + hex);

        assertThat(search("50%_off! " + hex)).containsExactly(ticket.id());
    }

    @Test
    void the_lists_filters_still_apply_to_what_a_search_finds() {
        String word = hex();
        AgentId ada = fixtures.agent(Role.AGENT);
        AgentId bob = fixtures.agent(Role.AGENT);
        Ticket adas = fixtures.ticketOf(fixtures.visitor(), now, "Invoice " + word);
        Ticket nobodys = fixtures.ticketOf(fixtures.visitor(), now.minusSeconds(1), "Invoice " + word);
        assign(adas, ada);

        assertFiltersApply(word, ada, bob, adas, nobodys);
    }

    @Test
    void text_in_very_many_messages_is_found_and_filtered_the_same_way() {
        String word = hex();
        AgentId ada = fixtures.agent(Role.AGENT);
        AgentId bob = fixtures.agent(Role.AGENT);
        String[] many = new String[MORE_THAN_COLLECTED];
        for (int n = 0; n < many.length; n++) {
            many[n] = "Line " + n + " of the log: " + word;
        }
        Ticket adas = fixtures.ticketOf(fixtures.visitor(), now, "Invoice " + word);
        Ticket nobodys = fixtures.ticketOf(fixtures.visitor(), now.minusSeconds(1), many);
        assign(adas, ada);

        assertFiltersApply(word, ada, bob, adas, nobodys);
        assertThat(search(word + "!")).isEmpty();
    }

    @Test
    void a_name_very_many_visitors_share_is_found_and_filtered_the_same_way() {
        String name = "Jan " + polish(12);
        List<Visitor> namesakes = new ArrayList<>();
        Tx.run(() -> {
            for (int n = 0; n < MORE_THAN_COLLECTED; n++) {
                Visitor visitor = Visitor.anonymous(VisitorId.random(), Fixtures.tokenHash(), now);
                visitors.create(visitor);
                profiles.create(profileOf(visitor, Optional.of(name), Optional.empty(), Optional.empty()));
                namesakes.add(visitor);
            }
        });
        AgentId ada = fixtures.agent(Role.AGENT);
        AgentId bob = fixtures.agent(Role.AGENT);
        Ticket adas = fixtures.ticketOf(namesakes.get(7), now, "Hello");
        Ticket nobodys = fixtures.ticketOf(namesakes.get(1_999), now.minusSeconds(1), "Hi");
        assign(adas, ada);

        assertFiltersApply(name.toUpperCase(Locale.ROOT), ada, bob, adas, nobodys);
    }

    /** Ada's ticket and nobody's, both open chats found by {@code text}: each view shows only what it holds. */
    private void assertFiltersApply(String text, AgentId ada, AgentId bob, Ticket adas, Ticket nobodys) {
        assertThat(search(text)).containsExactly(adas.id(), nobodys.id());
        assertThat(search(text, TicketFilter.Assignee.MINE, Optional.empty(), ada))
                .containsExactly(adas.id());
        assertThat(search(text, TicketFilter.Assignee.MINE, Optional.empty(), bob))
                .isEmpty();
        assertThat(search(text, TicketFilter.Assignee.UNASSIGNED, Optional.empty(), ada))
                .containsExactly(nobodys.id());
        assertThat(search(text, TicketFilter.Assignee.ALL, Optional.of(TicketStatus.CLOSED), ada))
                .isEmpty();
        assertThat(search(text, TicketFilter.Assignee.ALL, Optional.of(TicketStatus.OPEN), ada))
                .containsExactly(adas.id(), nobodys.id());
        TicketFilter sms = new TicketFilter(
                Optional.empty(), TicketFilter.Assignee.ALL, Optional.of(Channel.SMS), false, Optional.of(text));
        assertThat(Tx.call(() -> list.page(sms, ada, now, Optional.empty(), 50)))
                .isEmpty();
    }

    private void assign(Ticket ticket, AgentId agent) {
        Tx.run(() -> {
            Ticket stored = loaded.findById(ticket.id()).orElseThrow();
            stored.assignTo(Optional.of(agent), now);
            saved.update(stored);
        });
    }

    private Ticket ticketOfVisitorWith(Optional<String> name, Optional<String> email, Optional<String> phone) {
        Visitor visitor = fixtures.visitor();
        Tx.run(() -> profiles.create(profileOf(visitor, name, email, phone)));
        return fixtures.ticketOf(visitor, now.minusSeconds(1), "Hello, nothing else to say");
    }

    private Profile profileOf(Visitor visitor, Optional<String> name, Optional<String> email, Optional<String> phone) {
        Profile profile = Profile.blank(ProfileId.random(), visitor.id(), now);
        profile.update(new ContactDetails(name, email, phone, Optional.empty()), ProfileProperties.none(), now);
        return profile;
    }

    private List<TicketId> search(String text) {
        return search(text, TicketFilter.Assignee.ALL, Optional.empty(), AgentId.random());
    }

    private List<TicketId> search(
            String text, TicketFilter.Assignee assignee, Optional<TicketStatus> status, AgentId viewer) {
        TicketFilter filter = new TicketFilter(status, assignee, Optional.empty(), false, Optional.of(text));
        return Tx.call(() -> list.page(filter, viewer, now.plus(Duration.ofMinutes(1)), Optional.empty(), 50)).stream()
                .map(TicketSummary::id)
                .toList();
    }

    private static String hex() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Random lower-case Polish letters, those that English has not. */
    private static String polish(int length) {
        String letters = "ąćęłńóśźż";
        StringBuilder word = new StringBuilder();
        for (int n = 0; n < length; n++) {
            word.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static String digits(int length) {
        StringBuilder digits = new StringBuilder();
        for (int n = 0; n < length; n++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }
}
