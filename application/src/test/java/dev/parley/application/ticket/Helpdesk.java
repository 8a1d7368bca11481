package dev.parley.application.ticket;

import dev.parley.application.conversation.MovableClock;
import dev.parley.application.team.port.in.ListTeamQuery;
import dev.parley.application.team.port.in.TeamMember;
import dev.parley.application.ticket.port.out.TicketNews;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Role;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ticket context's services on in-memory fakes of everything they reach, as the server wires them. */
class Helpdesk {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    final AgentId ada = AgentId.random();
    final AgentId bob = AgentId.random();
    final MovableClock clock = new MovableClock(NOW);
    final InMemoryTickets tickets = new InMemoryTickets();
    final FakeConversations conversations = new FakeConversations();
    final List<TicketNews> news = new ArrayList<>();
    final List<TicketId> emailsScheduled = new ArrayList<>();
    final ListTeamQuery team = new ListTeamQuery() {
        private final Map<AgentId, TeamMember> members = Map.of(
                ada, new TeamMember(ada, "ada@example.com", "Ada", Role.ADMIN, NOW, false),
                bob, new TeamMember(bob, "bob@example.com", "Bob", Role.AGENT, NOW, true));

        @Override
        public List<TeamMember> listTeam(boolean includingDeactivated) {
            return List.copyOf(members.values());
        }

        @Override
        public Optional<TeamMember> member(AgentId id) {
            return Optional.ofNullable(members.get(id));
        }
    };
    final InboxService inbox = new InboxService(new InMemoryInbox(tickets, conversations), clock);
    /** The webhook events the ticket use cases published, in order. */
    final RecordedWebhookEvents webhookEvents = new RecordedWebhookEvents();

    final TicketFollowingService following = new TicketFollowingService(
            tickets, tickets, tickets, (ticket, openedAt) -> emailsScheduled.add(ticket), webhookEvents);
    final TicketWorkService work = new TicketWorkService(
            tickets, tickets, conversations, conversations, team, inbox, news::add, webhookEvents, clock);
    final ReadMarkService reading =
            new ReadMarkService(tickets, tickets, conversations, conversations, inbox, news::add);
}
