package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.profile.port.out.CustomerTicketsPort;
import dev.parley.application.ticket.port.in.TicketFilter;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.ReadMarksPort;
import dev.parley.application.ticket.port.out.SaveTicketPort;
import dev.parley.application.ticket.port.out.TicketSummariesPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Role;
import dev.parley.domain.ticket.ReadMark;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The inbox's ticket list as the database answers it: keyset pages, snoozed tickets that wake up, unread marks. Each
 * test searches for a word only its own tickets contain, so that other tickets in the database never show.
 */
@OnArquillianServer
class TicketListIT {

    @Inject
    Fixtures fixtures;

    @Inject
    TicketSummariesPort list;

    @Inject
    LoadTicketPort loaded;

    @Inject
    SaveTicketPort saved;

    @Inject
    ReadMarksPort readMarks;

    @Inject
    CustomerTicketsPort customerTickets;

    @Test
    void keyset_pages_hold_every_ticket_once_newest_first_ties_broken_by_id() {
        String word = Fixtures.unique("keyset");
        Instant base = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Ticket> tickets = new ArrayList<>();
        // Two pairs share their last activity, so that only the id orders them.
        for (int minutes : new int[] {1, 2, 2, 3, 4, 4, 5}) {
            tickets.add(fixtures.ticketSaying("Where is my order? " + word, base.minus(Duration.ofMinutes(minutes))));
        }
        List<TicketId> expected = tickets.stream()
                .sorted(Comparator.comparing(Ticket::lastActivityAt)
                        .thenComparing(ticket -> ticket.id().toString())
                        .reversed())
                .map(Ticket::id)
                .toList();
        TicketFilter filter = new TicketFilter(
                Optional.empty(),
                TicketFilter.Assignee.ALL,
                Optional.empty(),
                false,
                Optional.of(word.toUpperCase(Locale.ROOT)));
        AgentId viewer = AgentId.random();

        List<TicketId> seen = new ArrayList<>();
        Optional<TicketSummariesPort.Position> after = Optional.empty();
        for (int pages = 0; pages < 10; pages++) {
            Optional<TicketSummariesPort.Position> cursor = after;
            List<TicketSummary> page = Tx.call(() -> list.page(filter, viewer, base, cursor, 3));
            assertThat(page.size()).as("page size").isLessThanOrEqualTo(3);
            page.forEach(row -> seen.add(row.id()));
            if (page.size() < 3) {
                break;
            }
            TicketSummary last = page.get(page.size() - 1);
            after = Optional.of(new TicketSummariesPort.Position(last.lastActivityAt(), last.id()));
        }

        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void a_snoozed_ticket_wakes_up_in_the_open_list_when_its_snooze_ends() {
        String word = Fixtures.unique("snooze");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Ticket ticket = fixtures.ticketSaying("Call me back " + word, now);
        Instant until = now.plus(Duration.ofHours(1));
        Tx.run(() -> {
            Ticket stored = loaded.findById(ticket.id()).orElseThrow();
            stored.snooze(until, now);
            saved.update(stored);
        });
        AgentId viewer = AgentId.random();

        Instant before = until.minusSeconds(1);
        assertThat(ids(TicketStatus.SNOOZED, word, viewer, before)).containsExactly(ticket.id());
        assertThat(ids(TicketStatus.OPEN, word, viewer, before)).isEmpty();

        Instant after = until.plusSeconds(1);
        assertThat(ids(TicketStatus.SNOOZED, word, viewer, after)).isEmpty();
        assertThat(ids(TicketStatus.OPEN, word, viewer, after)).containsExactly(ticket.id());
        assertThat(Tx.call(() -> list.byId(ticket.id(), viewer, after))
                        .orElseThrow()
                        .status())
                .isEqualTo(TicketStatus.OPEN);
        assertThat(Tx.call(() -> list.byId(ticket.id(), viewer, before))
                        .orElseThrow()
                        .snoozedUntil())
                .contains(until);
    }

    @Test
    void closed_tickets_are_listed_as_closed_whatever_the_time() {
        String word = Fixtures.unique("closed");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Ticket ticket = fixtures.ticketSaying("Thanks, solved " + word, now);
        Tx.run(() -> {
            Ticket stored = loaded.findById(ticket.id()).orElseThrow();
            stored.close(now);
            saved.update(stored);
        });
        AgentId viewer = AgentId.random();

        assertThat(ids(TicketStatus.CLOSED, word, viewer, now)).containsExactly(ticket.id());
        assertThat(ids(TicketStatus.OPEN, word, viewer, now)).isEmpty();
    }

    @Test
    void a_ticket_is_unread_for_an_agent_until_the_agent_has_seen_its_last_message() {
        String word = Fixtures.unique("unread");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Ticket ticket = fixtures.ticketSaying("Anyone there? " + word, now);
        AgentId agent = fixtures.agent(Role.AGENT);
        TicketFilter unreadOnly = new TicketFilter(
                Optional.empty(), TicketFilter.Assignee.ALL, Optional.empty(), true, Optional.of(word));

        assertThat(Tx.call(() -> list.page(unreadOnly, agent, now, Optional.empty(), 10)))
                .extracting(TicketSummary::id)
                .containsExactly(ticket.id());

        Tx.run(() -> readMarks.save(ReadMark.nothingSeen(ticket.id(), agent).seenUpTo(1)));
        assertThat(Tx.call(() -> list.page(unreadOnly, agent, now, Optional.empty(), 10)))
                .isEmpty();
        assertThat(Tx.call(() -> list.byId(ticket.id(), agent, now))
                        .orElseThrow()
                        .unread())
                .isFalse();
        assertThat(Tx.call(() -> list.byId(ticket.id(), AgentId.random(), now))
                        .orElseThrow()
                        .unread())
                .as("for another agent")
                .isTrue();

        Tx.run(() ->
                readMarks.save(readMarks.find(ticket.id(), agent).orElseThrow().markUnread()));
        assertThat(Tx.call(() -> list.page(unreadOnly, agent, now, Optional.empty(), 10)))
                .extracting(TicketSummary::id)
                .containsExactly(ticket.id());
        assertThat(Tx.call(() -> readMarks.ofTicket(ticket.id())))
                .extracting(ReadMark::agent)
                .containsExactly(agent);
    }

    @Test
    void the_tickets_of_several_conversations_read_together_are_what_each_reads_alone_for_each_viewer() {
        String word = Fixtures.unique("together");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Ticket first = fixtures.ticketSaying("The first " + word, now.minusSeconds(60));
        Ticket second = fixtures.ticketSaying("The second " + word, now);
        AgentId reader = fixtures.agent(Role.AGENT);
        AgentId other = fixtures.agent(Role.AGENT);
        Tx.run(() -> readMarks.save(ReadMark.nothingSeen(second.id(), reader).seenUpTo(1)));
        java.util.Set<AgentId> viewers = java.util.Set.of(reader, other);
        dev.parley.domain.conversation.ConversationId none = dev.parley.domain.conversation.ConversationId.random();

        var together = Tx.call(
                () -> list.ofConversations(List.of(first.conversation(), second.conversation(), none), viewers, now));

        assertThat(together)
                .as("a conversation without a ticket is left out")
                .containsOnlyKeys(first.conversation(), second.conversation());
        for (Ticket ticket : List.of(first, second)) {
            assertThat(together.get(ticket.conversation()))
                    .isEqualTo(Tx.call(() -> list.ofConversation(ticket.conversation(), viewers, now)));
        }
        assertThat(together.get(second.conversation()).get(reader).unread()).isFalse();
        assertThat(together.get(second.conversation()).get(other).unread()).isTrue();
        assertThat(Tx.call(() -> list.ofConversations(List.of(), viewers, now))).isEmpty();
    }

    @Test
    void a_customers_tickets_are_theirs_only_newest_first() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Ticket ticket = fixtures.ticketSaying("My first question", now);
        fixtures.ticketSaying("Someone else's question", now);

        assertThat(Tx.call(() -> customerTickets.ofVisitor(ticket.requester(), AgentId.random(), now, 10)))
                .extracting(TicketSummary::id)
                .containsExactly(ticket.id());
        assertThat(Tx.call(() -> loaded.findByConversation(ticket.conversation())))
                .map(Ticket::id)
                .contains(ticket.id());
    }

    private List<TicketId> ids(TicketStatus status, String word, AgentId viewer, Instant now) {
        TicketFilter filter = new TicketFilter(
                Optional.of(status), TicketFilter.Assignee.ALL, Optional.empty(), false, Optional.of(word));
        return Tx.call(() -> list.page(filter, viewer, now, Optional.empty(), 10)).stream()
                .map(TicketSummary::id)
                .toList();
    }
}
