package dev.parley.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final Ticket ticket = Ticket.open(TicketId.random(), ConversationId.random(), VisitorId.random(), NOW);

    @Test
    void opens_unassigned_with_activity_now_and_the_visitor_waiting() {
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.assignee()).isEmpty();
        assertThat(ticket.lastActivityAt()).isEqualTo(NOW);
        assertThat(ticket.waitingSince()).contains(NOW);
    }

    @Test
    void the_first_agent_to_reply_becomes_the_assignee_and_the_visitor_stops_waiting() {
        AgentId ada = AgentId.random();
        AgentId bob = AgentId.random();

        ticket.agentReplied(ada, NOW.plusSeconds(10));
        ticket.agentReplied(bob, NOW.plusSeconds(20));

        assertThat(ticket.assignee()).contains(ada);
        assertThat(ticket.lastActivityAt()).isEqualTo(NOW.plusSeconds(20));
        assertThat(ticket.waitingSince()).isEmpty();
    }

    @Test
    void waiting_since_is_the_oldest_visitor_message_no_agent_message_follows() {
        ticket.agentReplied(AgentId.random(), NOW.plusSeconds(10));
        ticket.visitorWrote(NOW.plusSeconds(30));
        ticket.visitorWrote(NOW.plusSeconds(40));

        assertThat(ticket.waitingSince()).contains(NOW.plusSeconds(30));
        assertThat(ticket.lastActivityAt()).isEqualTo(NOW.plusSeconds(40));
    }

    @Test
    void any_agent_may_reassign_or_unassign() {
        AgentId ada = AgentId.random();
        AgentId bob = AgentId.random();
        ticket.agentReplied(ada, NOW);

        ticket.assignTo(Optional.of(bob), NOW.plusSeconds(5));
        assertThat(ticket.assignee()).contains(bob);

        ticket.assignTo(Optional.empty(), NOW.plusSeconds(6));
        assertThat(ticket.assignee()).isEmpty();
    }

    @Test
    void a_snoozed_ticket_wakes_when_the_time_passes() {
        ticket.snooze(NOW.plusSeconds(3600), NOW);

        assertThat(ticket.statusAt(NOW.plusSeconds(3599))).isEqualTo(TicketStatus.SNOOZED);
        assertThat(ticket.statusAt(NOW.plusSeconds(3600))).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.snoozedUntil()).contains(NOW.plusSeconds(3600));
    }

    @Test
    void a_snoozed_ticket_wakes_when_the_visitor_writes() {
        ticket.snooze(NOW.plusSeconds(3600), NOW);

        ticket.visitorWrote(NOW.plusSeconds(60));

        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.snoozedUntil()).isEmpty();
    }

    @Test
    void snoozing_into_the_past_is_refused_and_changes_nothing() {
        assertThatThrownBy(() -> ticket.snooze(NOW, NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("snooze_in_the_past");
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void a_closed_ticket_never_changes_again() {
        ticket.close(NOW.plusSeconds(5));

        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.closedAt()).contains(NOW.plusSeconds(5));
        assertThatThrownBy(() -> ticket.close(NOW)).isInstanceOf(TicketClosedException.class);
        assertThatThrownBy(() -> ticket.visitorWrote(NOW)).isInstanceOf(TicketClosedException.class);
        assertThatThrownBy(() -> ticket.agentReplied(AgentId.random(), NOW)).isInstanceOf(TicketClosedException.class);
        assertThatThrownBy(() -> ticket.assignTo(Optional.empty(), NOW)).isInstanceOf(TicketClosedException.class);
        assertThatThrownBy(() -> ticket.snooze(NOW.plusSeconds(99), NOW)).isInstanceOf(TicketClosedException.class);
        assertThatThrownBy(ticket::reopenFromSnooze).isInstanceOf(TicketClosedException.class);
        assertThat(ticket.statusAt(NOW.plusSeconds(999))).isEqualTo(TicketStatus.CLOSED);
    }
}
