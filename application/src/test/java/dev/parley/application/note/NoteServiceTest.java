package dev.parley.application.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.MovableClock;
import dev.parley.application.note.port.in.AddNoteCommand;
import dev.parley.application.note.port.in.NotePolicy;
import dev.parley.application.note.port.in.NoteView;
import dev.parley.application.team.port.in.AgentNamesQuery;
import dev.parley.application.team.port.in.ListTeamQuery;
import dev.parley.application.team.port.in.TeamMember;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.application.ticket.port.in.TicketCommand;
import dev.parley.application.ticket.port.in.TicketFilter;
import dev.parley.application.ticket.port.in.TicketPage;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.note.ClientNoteIdReusedException;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.note.NoteText;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.team.Role;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import dev.parley.domain.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NoteServiceTest {

    private static final Instant START = Instant.parse("2026-11-25T16:40:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final InMemoryNotes notes = new InMemoryNotes();
    private final Map<TicketId, TicketSummary> tickets = new HashMap<>();
    private final List<TeamMember> team = new ArrayList<>();
    private final List<NoteView> published = new ArrayList<>();
    private final List<List<AgentId>> emailed = new ArrayList<>();

    private final AgentId ada = member("Ada", false);
    private final AgentId bob = member("Bob", false);
    private final AgentId gone = member("Gone", true);
    private final TicketId ticket = ticket(TicketStatus.OPEN);

    private final NoteService service = new NoteService(
            notes,
            notes,
            new Tickets(),
            new Team(),
            new Names(),
            published::add,
            (note, agents, at) -> emailed.add(agents),
            new NotePolicy(100),
            clock);

    @Test
    void a_note_is_stored_with_its_mentions_and_told_to_the_inboxes_and_the_mentioned() {
        NoteView note = service.add(command(ada, ticket, "n-1", "@Bob can you check the refund? @Gone @Nobody"));

        assertThat(note.authorName()).isEqualTo("Ada");
        assertThat(note.createdAt()).isEqualTo(START);
        assertThat(note.conversation()).isEqualTo(tickets.get(ticket).conversation());
        assertThat(note.mentions()).containsExactly(new NoteView.Mentioned(bob, "Bob"));
        assertThat(notes.stored()).hasSize(1);
        assertThat(published).containsExactly(note);
        assertThat(emailed).containsExactly(List.of(bob));
        assertThat(service.unseenMentions(bob)).containsExactly(note);
        assertThat(service.unseenMentions(gone)).isEmpty();
    }

    @Test
    void a_mention_of_oneself_notifies_nobody() {
        NoteView note = service.add(command(ada, ticket, "n-1", "Reminder for @Ada"));

        assertThat(note.mentions()).isEmpty();
        assertThat(emailed).isEmpty();
        assertThat(service.unseenMentions(ada)).isEmpty();
        assertThat(published).hasSize(1);
    }

    @Test
    void a_retry_answers_the_stored_note_and_tells_nobody_again() {
        NoteView first = service.add(command(ada, ticket, "n-1", "@Bob look"));
        clock.advance(Duration.ofSeconds(5));

        NoteView again = service.add(command(ada, ticket, "n-1", "@Bob look"));

        assertThat(again).isEqualTo(first);
        assertThat(notes.stored()).hasSize(1);
        assertThat(published).hasSize(1);
        assertThat(emailed).hasSize(1);
    }

    @Test
    void client_note_ids_are_per_author_and_another_text_under_the_same_id_is_refused() {
        service.add(command(ada, ticket, "n-1", "first"));
        service.add(command(bob, ticket, "n-1", "Bob's own"));

        assertThatThrownBy(() -> service.add(command(ada, ticket, "n-1", "changed")))
                .isInstanceOf(ClientNoteIdReusedException.class);
        assertThat(notes.stored()).hasSize(2);
        assertThat(published).hasSize(2);
    }

    @Test
    void refusals_change_nothing() {
        assertThatThrownBy(() -> service.add(command(ada, TicketId.random(), "n-1", "@Bob hi")))
                .isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> service.add(command(ada, ticket, "n-2", "x".repeat(101))))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("note_too_long");

        assertThat(notes.stored()).isEmpty();
        assertThat(published).isEmpty();
        assertThat(emailed).isEmpty();
    }

    @Test
    void the_limit_is_accepted_at_its_edge() {
        assertThat(service.add(command(ada, ticket, "n-1", "x".repeat(100))).text())
                .hasSize(100);
    }

    @Test
    void notes_go_on_closed_tickets_too() {
        TicketId closed = ticket(TicketStatus.CLOSED);

        service.add(command(ada, closed, "n-1", "Customer called back, all fine"));

        assertThat(service.notes(closed, bob)).hasSize(1);
    }

    @Test
    void a_tickets_notes_come_oldest_first_and_opening_the_ticket_sees_the_mentions() {
        NoteView first = service.add(command(ada, ticket, "n-1", "@Bob one"));
        clock.advance(Duration.ofMinutes(1));
        NoteView second = service.add(command(ada, ticket, "n-2", "@Bob two"));
        TicketId other = ticket(TicketStatus.OPEN);
        clock.advance(Duration.ofMinutes(1));
        NoteView elsewhere = service.add(command(ada, other, "n-3", "@Bob three"));

        assertThat(service.notes(ticket, bob)).containsExactly(first, second);
        assertThat(service.unseenMentions(bob)).containsExactly(elsewhere, second, first);

        assertThat(service.markMentionsSeen(new TicketCommand(bob, ticket))).isEqualTo(2);

        assertThat(service.unseenMentions(bob)).containsExactly(elsewhere);
        assertThat(service.mentionSeen(first.id(), bob)).isTrue();
        assertThat(service.mentionSeen(elsewhere.id(), bob)).isFalse();
        assertThat(service.markMentionsSeen(new TicketCommand(bob, ticket))).isZero();
    }

    @Test
    void one_note_is_found_by_its_id() {
        NoteView note = service.add(command(ada, ticket, "n-1", "@Bob one"));

        assertThat(service.note(note.id())).contains(note);
        assertThat(service.note(NoteId.random())).isEmpty();
    }

    private static AddNoteCommand command(AgentId author, TicketId ticket, String clientId, String text) {
        return new AddNoteCommand(author, ticket, new ClientMessageId(clientId), new NoteText(text));
    }

    private AgentId member(String name, boolean deactivated) {
        AgentId id = AgentId.random();
        team.add(new TeamMember(
                id, name.toLowerCase(java.util.Locale.ROOT) + "@shop.example", name, Role.AGENT, START, deactivated));
        return id;
    }

    private TicketId ticket(TicketStatus status) {
        TicketId id = TicketId.random();
        tickets.put(
                id,
                new TicketSummary(
                        id,
                        ConversationId.random(),
                        status,
                        Optional.empty(),
                        "5F2A",
                        Optional.empty(),
                        Optional.empty(),
                        1,
                        Optional.empty(),
                        START,
                        START,
                        Channel.CHAT,
                        Optional.empty(),
                        Optional.empty(),
                        false));
        return id;
    }

    private final class Tickets implements InboxQuery {

        @Override
        public TicketSummary ticket(TicketId id, AgentId viewer) {
            TicketSummary found = tickets.get(id);
            if (found == null) {
                throw new TicketNotFoundException(id);
            }
            return found;
        }

        @Override
        public TicketPage list(TicketFilter filter, AgentId viewer, Optional<String> cursor, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TicketSummary> latest(AgentId viewer, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<TicketSummary> ofConversation(ConversationId conversation, AgentId viewer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<ConversationId, Map<AgentId, TicketSummary>> ofConversations(
                java.util.Collection<ConversationId> conversations, Set<AgentId> viewers) {
            throw new UnsupportedOperationException();
        }
    }

    private final class Team implements ListTeamQuery {

        @Override
        public List<TeamMember> listTeam(boolean includingDeactivated) {
            return team.stream()
                    .filter(m -> includingDeactivated || !m.deactivated())
                    .toList();
        }

        @Override
        public Optional<TeamMember> member(AgentId id) {
            return team.stream().filter(m -> m.id().equals(id)).findFirst();
        }
    }

    private final class Names implements AgentNamesQuery {

        @Override
        public Map<AgentId, String> displayNames(Collection<AgentId> ids) {
            return team.stream()
                    .filter(m -> ids.contains(m.id()))
                    .collect(Collectors.toMap(TeamMember::id, TeamMember::name));
        }
    }
}
