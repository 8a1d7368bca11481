package dev.parley.application.ticket;

import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.HoldConversationUseCase;
import dev.parley.application.tag.port.in.TagsQuery;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.application.ticket.port.in.TagTicketCommand;
import dev.parley.application.ticket.port.in.TagTicketUseCase;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.PublishTicketNewsPort;
import dev.parley.application.ticket.port.out.TicketNews;
import dev.parley.application.ticket.port.out.TicketTagsPort;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketNotFoundException;
import dev.parley.domain.ticket.TooManyTicketTagsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Agents tag tickets and untag them, with tags from the store's list. Any agent may, on a ticket in any status (tags
 * are the team's notes about a ticket, not a change to the conversation, so the ticket's activity does not move).
 * Each change holds the ticket's conversation, so that two agents tagging one ticket at once are counted one after
 * the other, and is published as the ticket's news, so that every open inbox shows it at once.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class TicketTagService implements TagTicketUseCase {

    private LoadTicketPort tickets;
    private TicketTagsPort ticketTags;
    private TagsQuery tags;
    private HoldConversationUseCase conversations;
    private InboxQuery inbox;
    private PublishTicketNewsPort news;
    private Clock clock;

    @Inject
    public TicketTagService(
            LoadTicketPort tickets,
            TicketTagsPort ticketTags,
            TagsQuery tags,
            HoldConversationUseCase conversations,
            InboxQuery inbox,
            PublishTicketNewsPort news,
            Clock clock) {
        this.tickets = tickets;
        this.ticketTags = ticketTags;
        this.tags = tags;
        this.conversations = conversations;
        this.inbox = inbox;
        this.news = news;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected TicketTagService() {}

    @Override
    public TicketSummary tag(TagTicketCommand command) {
        Ticket ticket =
                tickets.findById(command.ticket()).orElseThrow(() -> new TicketNotFoundException(command.ticket()));
        tags.existing(command.tag());
        ConversationView conversation = conversations.hold(ticket.conversation());
        List<TagId> carried = ticketTags.tagsOf(ticket.id());
        if (!carried.contains(command.tag())) {
            if (carried.size() >= TooManyTicketTagsException.MAX_PER_TICKET) {
                throw new TooManyTicketTagsException();
            }
            ticketTags.add(ticket.id(), command.tag(), clock.instant());
            news.publish(new TicketNews(conversation.id(), conversation.lastSeq()));
        }
        return inbox.ticket(ticket.id(), command.agent());
    }

    @Override
    public TicketSummary untag(TagTicketCommand command) {
        Ticket ticket =
                tickets.findById(command.ticket()).orElseThrow(() -> new TicketNotFoundException(command.ticket()));
        ConversationView conversation = conversations.hold(ticket.conversation());
        if (ticketTags.remove(ticket.id(), command.tag())) {
            news.publish(new TicketNews(conversation.id(), conversation.lastSeq()));
        }
        return inbox.ticket(ticket.id(), command.agent());
    }
}
