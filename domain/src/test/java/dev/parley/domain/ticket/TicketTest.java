package dev.parley.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final Ticket ticket = Ticket.open(TicketId.random(), ConversationId.random(), VisitorId.random(), NOW);

    @Test
    void opens_unassigned_with_activity_now() {
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.assignee()).isEmpty();
        assertThat(ticket.lastActivityAt()).isEqualTo(NOW);
    }

    @Test
    void the_first_agent_to_reply_becomes_the_assignee() {
        AgentId ada = AgentId.random();
        AgentId bob = AgentId.random();

        ticket.agentReplied(ada, NOW.plusSeconds(10));
        ticket.agentReplied(bob, NOW.plusSeconds(20));

        assertThat(ticket.assignee()).contains(ada);
        assertThat(ticket.lastActivityAt()).isEqualTo(NOW.plusSeconds(20));
    }

    @Test
    void a_visitor_message_is_new_activity() {
        ticket.visitorWrote(NOW.plusSeconds(30));

        assertThat(ticket.lastActivityAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(ticket.assignee()).isEmpty();
    }
}
