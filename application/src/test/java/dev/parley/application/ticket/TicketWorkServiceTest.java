package dev.parley.application.ticket;

import static dev.parley.application.ticket.Helpdesk.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.ticket.port.in.AssignTicketCommand;
import dev.parley.application.ticket.port.in.SnoozeTicketCommand;
import dev.parley.application.ticket.port.in.TicketCommand;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.TicketNews;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStatus;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.ticket.AssigneeNotFoundException;
import dev.parley.domain.ticket.TicketClosedException;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import dev.parley.domain.ticket.TicketStatus;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketWorkServiceTest {

    private final Helpdesk helpdesk = new Helpdesk();
    private final ConversationId conversation = helpdesk.conversations.live(2);
    private final TicketId ticket = open(conversation);

    @Test
    void closing_a_ticket_ends_its_conversation_and_tells_every_inbox() {
        TicketSummary closed = helpdesk.work.close(new TicketCommand(helpdesk.ada, ticket));

        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.lastSeq()).isEqualTo(3);
        assertThat(helpdesk.conversations.get(conversation).status()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(helpdesk.conversations.held()).startsWith(conversation);
        assertThat(helpdesk.news).containsExactly(new TicketNews(conversation, 3));
    }

    @Test
    void webhooks_hear_each_change_of_status_and_assignee_once_and_nothing_of_a_refused_one() {
        helpdesk.webhookEvents.clear();
        helpdesk.work.assign(new AssignTicketCommand(helpdesk.ada, ticket, Optional.of(helpdesk.bob)));
        helpdesk.work.assign(new AssignTicketCommand(helpdesk.ada, ticket, Optional.of(helpdesk.bob)));
        helpdesk.work.snooze(new SnoozeTicketCommand(helpdesk.ada, ticket, NOW.plus(Duration.ofHours(2))));
        helpdesk.work.close(new TicketCommand(helpdesk.ada, ticket));
        assertThatThrownBy(() -> helpdesk.work.close(new TicketCommand(helpdesk.ada, ticket)))
                .isInstanceOf(TicketClosedException.class);

        assertThat(helpdesk.webhookEvents)
                .extracting(event -> event.type().wireName())
                .containsExactly("ticket.assigned", "ticket.status_changed", "ticket.status_changed");
        assertThat(helpdesk.webhookEvents.get(0).body())
                .contains("\"ticketId\":\"" + ticket + "\"", "\"assigneeId\":\"" + helpdesk.bob + "\"");
        assertThat(helpdesk.webhookEvents.get(1).body()).contains("\"previousStatus\":\"open\",\"status\":\"snoozed\"");
        assertThat(helpdesk.webhookEvents.get(2).body())
                .contains("\"previousStatus\":\"snoozed\",\"status\":\"closed\"");
    }

    @Test
    void a_closed_ticket_cannot_be_closed_again_and_nothing_changes() {
        helpdesk.work.close(new TicketCommand(helpdesk.ada, ticket));
        helpdesk.news.clear();

        assertThatThrownBy(() -> helpdesk.work.close(new TicketCommand(helpdesk.ada, ticket)))
                .isInstanceOf(TicketClosedException.class);
        assertThat(helpdesk.conversations.get(conversation).lastSeq()).isEqualTo(3);
        assertThat(helpdesk.news).isEmpty();
    }

    @Test
    void a_ticket_goes_to_any_member_even_a_removed_one_or_to_nobody() {
        TicketSummary toBob =
                helpdesk.work.assign(new AssignTicketCommand(helpdesk.ada, ticket, Optional.of(helpdesk.bob)));
        assertThat(toBob.assignee()).contains(helpdesk.bob);

        TicketSummary toNobody = helpdesk.work.assign(new AssignTicketCommand(helpdesk.ada, ticket, Optional.empty()));
        assertThat(toNobody.assignee()).isEmpty();
        assertThat(helpdesk.news).containsExactly(new TicketNews(conversation, 2), new TicketNews(conversation, 2));
    }

    @Test
    void a_ticket_for_someone_outside_the_team_is_refused_and_nothing_changes() {
        AgentId stranger = AgentId.random();

        assertThatThrownBy(() ->
                        helpdesk.work.assign(new AssignTicketCommand(helpdesk.ada, ticket, Optional.of(stranger))))
                .isInstanceOf(AssigneeNotFoundException.class);
        assertThat(helpdesk.tickets.findById(ticket).orElseThrow().assignee()).isEmpty();
        assertThat(helpdesk.news).isEmpty();
    }

    @Test
    void a_snoozed_ticket_comes_back_when_an_agent_wakes_it() {
        TicketSummary snoozed =
                helpdesk.work.snooze(new SnoozeTicketCommand(helpdesk.ada, ticket, NOW.plus(Duration.ofHours(2))));
        assertThat(snoozed.status()).isEqualTo(TicketStatus.SNOOZED);
        assertThat(snoozed.snoozedUntil()).contains(NOW.plus(Duration.ofHours(2)));

        TicketSummary reopened = helpdesk.work.reopen(new TicketCommand(helpdesk.ada, ticket));
        assertThat(reopened.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(reopened.snoozedUntil()).isEmpty();
    }

    @Test
    void a_snooze_into_the_past_is_refused_and_nothing_changes() {
        assertThatThrownBy(
                        () -> helpdesk.work.snooze(new SnoozeTicketCommand(helpdesk.ada, ticket, NOW.minusSeconds(1))))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("snooze_in_the_past");
        assertThat(helpdesk.tickets.findById(ticket).orElseThrow().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(helpdesk.news).isEmpty();
    }

    @Test
    void every_change_holds_the_conversation_before_it_reads_the_ticket_it_changes() {
        helpdesk.work.snooze(new SnoozeTicketCommand(helpdesk.ada, ticket, NOW.plusSeconds(60)));

        assertThat(helpdesk.conversations.held()).containsExactly(conversation);
    }

    @Test
    void an_unknown_ticket_is_not_found() {
        TicketId unknown = TicketId.random();

        assertThatThrownBy(() -> helpdesk.work.close(new TicketCommand(helpdesk.ada, unknown)))
                .isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> helpdesk.work.reopen(new TicketCommand(helpdesk.ada, unknown)))
                .isInstanceOf(TicketNotFoundException.class);
        assertThat(helpdesk.conversations.held()).isEmpty();
    }

    private TicketId open(ConversationId conversation) {
        helpdesk.following.visitorWrote(conversation, VisitorId.random(), NOW);
        return helpdesk.tickets.findByConversation(conversation).orElseThrow().id();
    }
}
