package dev.parley.application.ticket;

import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.RecordAgentSeenUseCase;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.application.ticket.port.in.MarkTicketReadUseCase;
import dev.parley.application.ticket.port.in.MarkTicketUnreadUseCase;
import dev.parley.application.ticket.port.in.TicketCommand;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.PublishTicketNewsPort;
import dev.parley.application.ticket.port.out.ReadMarksPort;
import dev.parley.application.ticket.port.out.TicketNews;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.ticket.ReadMark;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What each agent has read of each ticket: reading it marks it read (and the visitor's messages "Seen"), and an agent
 * may mark it unread again for themselves.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class ReadMarkService implements MarkTicketReadUseCase, MarkTicketUnreadUseCase {

    private LoadTicketPort tickets;
    private ReadMarksPort readMarks;
    private RecordAgentSeenUseCase seen;
    private ConversationHistoryQuery conversations;
    private InboxQuery inbox;
    private PublishTicketNewsPort news;

    @Inject
    public ReadMarkService(
            LoadTicketPort tickets,
            ReadMarksPort readMarks,
            RecordAgentSeenUseCase seen,
            ConversationHistoryQuery conversations,
            InboxQuery inbox,
            PublishTicketNewsPort news) {
        this.tickets = tickets;
        this.readMarks = readMarks;
        this.seen = seen;
        this.conversations = conversations;
        this.inbox = inbox;
        this.news = news;
    }

    /** For CDI proxies only. */
    protected ReadMarkService() {}

    @Override
    public TicketSummary markRead(TicketCommand command) {
        Ticket ticket =
                tickets.findById(command.ticket()).orElseThrow(() -> new TicketNotFoundException(command.ticket()));
        // The visitor's messages show "Seen" once an agent has read them.
        ConversationView conversation = seen.agentSawAll(ticket.conversation());
        readMarks.save(ReadMarks.of(readMarks, ticket.id(), command.agent()).seenUpTo(conversation.lastSeq()));
        news.publish(new TicketNews(ticket.conversation(), conversation.lastSeq()));
        return inbox.ticket(ticket.id(), command.agent());
    }

    @Override
    public TicketSummary markUnread(TicketCommand command) {
        Ticket ticket =
                tickets.findById(command.ticket()).orElseThrow(() -> new TicketNotFoundException(command.ticket()));
        ReadMark mark = ReadMarks.of(readMarks, ticket.id(), command.agent());
        readMarks.save(mark.markUnread());
        news.publish(new TicketNews(
                ticket.conversation(),
                conversations.conversation(ticket.conversation()).lastSeq()));
        return inbox.ticket(ticket.id(), command.agent());
    }
}
