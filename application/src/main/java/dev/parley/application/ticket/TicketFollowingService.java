package dev.parley.application.ticket;

import dev.parley.application.ticket.port.in.FollowConversationsUseCase;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.NotifyTeamOfNewTicketPort;
import dev.parley.application.ticket.port.out.ReadMarksPort;
import dev.parley.application.ticket.port.out.SaveTicketPort;
import dev.parley.application.webhook.port.in.PublishWebhookEventUseCase;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps tickets in step with their conversations: the visitor's first message opens a ticket (and schedules the
 * team's email), later ones wake it and start the visitor's wait, an agent's reply assigns and marks it read for
 * them, and the end of the conversation closes it. Runs inside the transaction of what happened in the conversation.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class TicketFollowingService implements FollowConversationsUseCase {

    private LoadTicketPort tickets;
    private SaveTicketPort savedTickets;
    private ReadMarksPort readMarks;
    private NotifyTeamOfNewTicketPort newTickets;
    private PublishWebhookEventUseCase webhooks;

    @Inject
    public TicketFollowingService(
            LoadTicketPort tickets,
            SaveTicketPort savedTickets,
            ReadMarksPort readMarks,
            NotifyTeamOfNewTicketPort newTickets,
            PublishWebhookEventUseCase webhooks) {
        this.tickets = tickets;
        this.savedTickets = savedTickets;
        this.readMarks = readMarks;
        this.newTickets = newTickets;
        this.webhooks = webhooks;
    }

    /** For CDI proxies only. */
    protected TicketFollowingService() {}

    @Override
    public void visitorWrote(ConversationId conversation, VisitorId visitor, Instant now) {
        Optional<Ticket> ticket = tickets.findByConversation(conversation);
        if (ticket.isPresent()) {
            TicketEvents change = TicketEvents.before(ticket.get());
            ticket.get().visitorWrote(now);
            savedTickets.update(ticket.get());
            change.publish(webhooks, ticket.get(), now);
        } else {
            Ticket opened = Ticket.open(TicketId.random(), conversation, visitor, now);
            savedTickets.create(opened);
            newTickets.ticketOpened(opened.id(), now);
            TicketEvents.opened(webhooks, opened, now);
        }
    }

    @Override
    public void agentReplied(ConversationId conversation, AgentId agent, long seq, Instant now) {
        tickets.findByConversation(conversation).ifPresent(ticket -> {
            TicketEvents change = TicketEvents.before(ticket);
            ticket.agentReplied(agent, now);
            savedTickets.update(ticket);
            change.publish(webhooks, ticket, now);
            // Whoever replies has seen the conversation up to their reply.
            readMarks.save(ReadMarks.of(readMarks, ticket.id(), agent).seenUpTo(seq));
        });
    }

    @Override
    public void conversationEnded(ConversationId conversation, Instant now) {
        tickets.findByConversation(conversation)
                .filter(ticket -> ticket.status() != TicketStatus.CLOSED)
                .ifPresent(ticket -> {
                    TicketEvents change = TicketEvents.before(ticket);
                    ticket.close(now);
                    savedTickets.update(ticket);
                    change.publish(webhooks, ticket, now);
                });
    }
}
