package dev.parley.application.ticket;

import dev.parley.application.conversation.port.in.CloseConversationUseCase;
import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.HoldConversationUseCase;
import dev.parley.application.team.port.in.ListTeamQuery;
import dev.parley.application.ticket.port.in.AssignTicketCommand;
import dev.parley.application.ticket.port.in.AssignTicketUseCase;
import dev.parley.application.ticket.port.in.CloseTicketUseCase;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.application.ticket.port.in.ReopenSnoozedTicketUseCase;
import dev.parley.application.ticket.port.in.SnoozeTicketCommand;
import dev.parley.application.ticket.port.in.SnoozeTicketUseCase;
import dev.parley.application.ticket.port.in.TicketCommand;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.PublishTicketNewsPort;
import dev.parley.application.ticket.port.out.SaveTicketPort;
import dev.parley.application.ticket.port.out.TicketNews;
import dev.parley.application.webhook.port.in.PublishWebhookEventUseCase;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.ticket.AssigneeNotFoundException;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * An agent's work on a ticket: closing it (which ends its conversation), assigning it, snoozing it and waking it.
 * Every change holds the ticket's conversation first, so that it never crosses a message that keeps the ticket in
 * step, and is published as the ticket's news, so that every open inbox shows it at once.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class TicketWorkService
        implements CloseTicketUseCase, AssignTicketUseCase, SnoozeTicketUseCase, ReopenSnoozedTicketUseCase {

    private LoadTicketPort tickets;
    private SaveTicketPort savedTickets;
    private HoldConversationUseCase conversations;
    private CloseConversationUseCase closing;
    private ListTeamQuery team;
    private InboxQuery inbox;
    private PublishTicketNewsPort news;
    private PublishWebhookEventUseCase webhooks;
    private Clock clock;

    @Inject
    public TicketWorkService(
            LoadTicketPort tickets,
            SaveTicketPort savedTickets,
            HoldConversationUseCase conversations,
            CloseConversationUseCase closing,
            ListTeamQuery team,
            InboxQuery inbox,
            PublishTicketNewsPort news,
            PublishWebhookEventUseCase webhooks,
            Clock clock) {
        this.tickets = tickets;
        this.savedTickets = savedTickets;
        this.conversations = conversations;
        this.closing = closing;
        this.team = team;
        this.inbox = inbox;
        this.news = news;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected TicketWorkService() {}

    @Override
    public TicketSummary close(TicketCommand command) {
        Ticket ticket =
                tickets.findById(command.ticket()).orElseThrow(() -> new TicketNotFoundException(command.ticket()));
        conversations.hold(ticket.conversation());
        Ticket held = reread(ticket.id());
        TicketEvents change = TicketEvents.before(held);
        held.close(clock.instant());
        savedTickets.update(held);
        change.publish(webhooks, held, clock.instant());
        ConversationView conversation = closing.closeForTicket(held.conversation());
        news.publish(new TicketNews(conversation.id(), conversation.lastSeq()));
        return inbox.ticket(held.id(), command.agent());
    }

    @Override
    public TicketSummary assign(AssignTicketCommand command) {
        command.assignee().ifPresent(assignee -> {
            if (team.member(assignee).isEmpty()) {
                throw new AssigneeNotFoundException(assignee);
            }
        });
        return change(
                command.ticket(), command.agent(), ticket -> ticket.assignTo(command.assignee(), clock.instant()));
    }

    @Override
    public TicketSummary snooze(SnoozeTicketCommand command) {
        return change(command.ticket(), command.agent(), ticket -> ticket.snooze(command.until(), clock.instant()));
    }

    @Override
    public TicketSummary reopen(TicketCommand command) {
        return change(command.ticket(), command.agent(), Ticket::reopenFromSnooze);
    }

    /** Holds the ticket's conversation, changes the ticket, stores it, tells everyone. */
    private TicketSummary change(TicketId id, AgentId agent, Consumer<Ticket> change) {
        Ticket found = tickets.findById(id).orElseThrow(() -> new TicketNotFoundException(id));
        ConversationView conversation = conversations.hold(found.conversation());
        Ticket ticket = reread(id);
        TicketEvents events = TicketEvents.before(ticket);
        change.accept(ticket);
        savedTickets.update(ticket);
        events.publish(webhooks, ticket, clock.instant());
        news.publish(new TicketNews(conversation.id(), conversation.lastSeq()));
        return inbox.ticket(id, agent);
    }

    /** The ticket read again once its conversation is held, so that it is as the last message left it. */
    private Ticket reread(TicketId id) {
        return tickets.findById(id).orElseThrow(() -> new TicketNotFoundException(id));
    }
}
