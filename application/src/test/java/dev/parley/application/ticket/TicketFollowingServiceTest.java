package dev.parley.application.ticket;

import static dev.parley.application.ticket.Helpdesk.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.ticket.ReadMark;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketFollowingServiceTest {

    private final Helpdesk helpdesk = new Helpdesk();
    private final VisitorId visitor = VisitorId.random();
    private final ConversationId conversation = helpdesk.conversations.live(2);

    @Test
    void the_visitors_first_message_opens_the_ticket_and_schedules_the_teams_email() {
        helpdesk.following.visitorWrote(conversation, visitor, NOW);

        Ticket opened = helpdesk.tickets.findByConversation(conversation).orElseThrow();
        assertThat(opened.requester()).isEqualTo(visitor);
        assertThat(opened.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(opened.waitingSince()).contains(NOW);
        assertThat(helpdesk.emailsScheduled).containsExactly(opened.id());
    }

    @Test
    void webhooks_hear_the_ticket_open_its_first_assignee_a_wake_up_and_its_close() {
        helpdesk.following.visitorWrote(conversation, visitor, NOW);
        helpdesk.following.agentReplied(conversation, helpdesk.ada, 3, NOW.plusSeconds(30));
        helpdesk.following.agentReplied(conversation, helpdesk.bob, 4, NOW.plusSeconds(40));
        Ticket ticket = helpdesk.tickets.findByConversation(conversation).orElseThrow();
        ticket.snooze(NOW.plusSeconds(3_600), NOW);
        helpdesk.tickets.update(ticket);
        helpdesk.following.visitorWrote(conversation, visitor, NOW.plusSeconds(60));
        helpdesk.following.conversationEnded(conversation, NOW.plusSeconds(70));
        helpdesk.following.conversationEnded(conversation, NOW.plusSeconds(80));

        assertThat(helpdesk.webhookEvents)
                .extracting(event -> event.type().wireName())
                .containsExactly("ticket.created", "ticket.assigned", "ticket.status_changed", "ticket.status_changed");
        assertThat(helpdesk.webhookEvents.get(0).body()).contains("\"status\":\"open\"");
        assertThat(helpdesk.webhookEvents.get(2).body()).contains("\"previousStatus\":\"snoozed\",\"status\":\"open\"");
        assertThat(helpdesk.webhookEvents.get(3).body()).contains("\"status\":\"closed\"");
    }

    @Test
    void later_messages_keep_the_one_ticket_and_wake_it_from_a_snooze() {
        helpdesk.following.visitorWrote(conversation, visitor, NOW);
        Ticket ticket = helpdesk.tickets.findByConversation(conversation).orElseThrow();
        ticket.snooze(NOW.plusSeconds(3_600), NOW);
        helpdesk.tickets.update(ticket);

        Instant later = NOW.plusSeconds(60);
        helpdesk.following.visitorWrote(conversation, visitor, later);

        assertThat(helpdesk.tickets.all()).singleElement().satisfies(woken -> {
            assertThat(woken.status()).isEqualTo(TicketStatus.OPEN);
            assertThat(woken.lastActivityAt()).isEqualTo(later);
            assertThat(woken.waitingSince()).contains(NOW);
        });
        assertThat(helpdesk.emailsScheduled).hasSize(1);
    }

    @Test
    void an_agents_reply_assigns_an_unassigned_ticket_ends_the_wait_and_marks_it_read_for_them() {
        helpdesk.following.visitorWrote(conversation, visitor, NOW);

        helpdesk.following.agentReplied(conversation, helpdesk.ada, 3, NOW.plusSeconds(30));
        helpdesk.following.agentReplied(conversation, helpdesk.bob, 4, NOW.plusSeconds(40));

        Ticket ticket = helpdesk.tickets.findByConversation(conversation).orElseThrow();
        assertThat(ticket.assignee()).contains(helpdesk.ada);
        assertThat(ticket.waitingSince()).isEmpty();
        assertThat(ticket.lastActivityAt()).isEqualTo(NOW.plusSeconds(40));
        assertThat(helpdesk.tickets.find(ticket.id(), helpdesk.ada))
                .map(ReadMark::seenSeq)
                .contains(3L);
        assertThat(helpdesk.tickets.find(ticket.id(), helpdesk.bob))
                .map(ReadMark::seenSeq)
                .contains(4L);
    }

    @Test
    void a_reply_in_a_conversation_without_a_ticket_changes_nothing() {
        helpdesk.following.agentReplied(conversation, helpdesk.ada, 3, NOW);

        assertThat(helpdesk.tickets.all()).isEmpty();
    }

    @Test
    void the_end_of_the_conversation_closes_its_ticket_once() {
        helpdesk.following.visitorWrote(conversation, visitor, NOW);

        helpdesk.following.conversationEnded(conversation, NOW.plusSeconds(10));
        helpdesk.following.conversationEnded(conversation, NOW.plusSeconds(20));

        assertThat(helpdesk.tickets.findByConversation(conversation)).hasValueSatisfying(ticket -> {
            assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
            assertThat(ticket.closedAt()).contains(NOW.plusSeconds(10));
        });
        helpdesk.following.conversationEnded(ConversationId.random(), NOW);
        assertThat(helpdesk.tickets.all()).hasSize(1);
    }
}
