package dev.parley.application.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.ticket.port.in.TicketCommand;
import dev.parley.application.ticket.port.in.TicketFilter;
import dev.parley.application.ticket.port.in.TicketPage;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.TicketNews;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadMarkServiceTest {

    private final Helpdesk helpdesk = new Helpdesk();
    private final ConversationId conversation = helpdesk.conversations.live(2);
    private final TicketId ticket = open(conversation);

    @Test
    void reading_a_ticket_marks_it_read_for_that_agent_and_the_visitors_messages_seen() {
        TicketSummary read = helpdesk.reading.markRead(new TicketCommand(helpdesk.ada, ticket));

        assertThat(read.unread()).isFalse();
        assertThat(helpdesk.inbox.ticket(ticket, helpdesk.bob).unread()).isTrue();
        assertThat(helpdesk.conversations.get(conversation).agentSeenSeq()).isEqualTo(2);
        assertThat(helpdesk.news).containsExactly(new TicketNews(conversation, 2));
    }

    @Test
    void a_new_message_makes_a_read_ticket_unread_again() {
        helpdesk.reading.markRead(new TicketCommand(helpdesk.ada, ticket));

        helpdesk.conversations.posted(conversation);

        assertThat(helpdesk.inbox.ticket(ticket, helpdesk.ada).unread()).isTrue();
    }

    @Test
    void an_agent_may_mark_a_read_ticket_unread_for_themselves() {
        helpdesk.reading.markRead(new TicketCommand(helpdesk.ada, ticket));
        helpdesk.reading.markRead(new TicketCommand(helpdesk.bob, ticket));
        helpdesk.news.clear();

        TicketSummary unread = helpdesk.reading.markUnread(new TicketCommand(helpdesk.ada, ticket));

        assertThat(unread.unread()).isTrue();
        assertThat(helpdesk.inbox.ticket(ticket, helpdesk.bob).unread()).isFalse();
        assertThat(helpdesk.news).containsExactly(new TicketNews(conversation, 2));
    }

    @Test
    void an_unknown_ticket_is_not_found_and_nothing_is_marked() {
        assertThatThrownBy(() -> helpdesk.reading.markRead(new TicketCommand(helpdesk.ada, TicketId.random())))
                .isInstanceOf(TicketNotFoundException.class);
        assertThat(helpdesk.conversations.held()).isEmpty();
        assertThat(helpdesk.news).isEmpty();
    }

    @Test
    void the_inbox_pages_newest_activity_first_with_a_cursor_it_gave() {
        helpdesk.clock.advance(Duration.ofMinutes(1));
        TicketId second = open(helpdesk.conversations.live(1));
        helpdesk.clock.advance(Duration.ofMinutes(1));
        TicketId third = open(helpdesk.conversations.live(1));

        TicketPage first = helpdesk.inbox.list(TicketFilter.everything(), helpdesk.ada, Optional.empty(), 2);
        TicketPage rest = helpdesk.inbox.list(TicketFilter.everything(), helpdesk.ada, first.nextCursor(), 2);

        assertThat(first.tickets()).extracting(TicketSummary::id).containsExactly(third, second);
        assertThat(rest.tickets()).extracting(TicketSummary::id).containsExactly(ticket);
        assertThat(rest.nextCursor()).isEmpty();
        assertThatThrownBy(() ->
                        helpdesk.inbox.list(TicketFilter.everything(), helpdesk.ada, Optional.of("not-a-cursor"), 2))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_cursor");
    }

    private TicketId open(ConversationId conversation) {
        helpdesk.following.visitorWrote(conversation, VisitorId.random(), helpdesk.clock.instant());
        return helpdesk.tickets.findByConversation(conversation).orElseThrow().id();
    }
}
