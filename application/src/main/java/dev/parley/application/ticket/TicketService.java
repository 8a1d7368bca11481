package dev.parley.application.ticket;

import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.PublishConversationNewsPort;
import dev.parley.application.conversation.port.out.RecordConversationActivityPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.ticket.port.in.AssignTicketCommand;
import dev.parley.application.ticket.port.in.AssignTicketUseCase;
import dev.parley.application.ticket.port.in.CloseTicketUseCase;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.application.ticket.port.in.MarkTicketReadUseCase;
import dev.parley.application.ticket.port.in.MarkTicketUnreadUseCase;
import dev.parley.application.ticket.port.in.ReopenSnoozedTicketUseCase;
import dev.parley.application.ticket.port.in.SnoozeTicketCommand;
import dev.parley.application.ticket.port.in.SnoozeTicketUseCase;
import dev.parley.application.ticket.port.in.TicketCommand;
import dev.parley.application.ticket.port.in.TicketFilter;
import dev.parley.application.ticket.port.in.TicketPage;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.NotifyTeamOfNewTicketPort;
import dev.parley.application.ticket.port.out.ReadMarksPort;
import dev.parley.application.ticket.port.out.SaveTicketPort;
import dev.parley.application.ticket.port.out.TicketSummariesPort;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.team.AgentNotFoundException;
import dev.parley.domain.ticket.ReadMark;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import dev.parley.domain.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The helpdesk's work on tickets: listing them as an agent sees them, and closing, assigning, snoozing and marking
 * them; it also keeps tickets in step with what happens in their conversations. Every change is published as news
 * of the ticket's conversation, so that every open inbox shows it at once.
 */
@ApplicationScoped
@Transactional
public class TicketService implements InboxQuery, CloseTicketUseCase, AssignTicketUseCase, SnoozeTicketUseCase,
        ReopenSnoozedTicketUseCase, MarkTicketReadUseCase, MarkTicketUnreadUseCase, RecordConversationActivityPort {

    private TicketSummariesPort summaries;
    private LoadTicketPort tickets;
    private SaveTicketPort savedTickets;
    private ReadMarksPort readMarks;
    private LoadConversationPort conversations;
    private SaveConversationPort savedConversations;
    private AppendMessagePort appendedMessages;
    private LoadAgentPort agents;
    private PublishConversationNewsPort news;
    private NotifyTeamOfNewTicketPort newTickets;
    private Clock clock;

    @Inject
    public TicketService(TicketSummariesPort summaries, LoadTicketPort tickets, SaveTicketPort savedTickets,
            ReadMarksPort readMarks, LoadConversationPort conversations, SaveConversationPort savedConversations,
            AppendMessagePort appendedMessages, LoadAgentPort agents, PublishConversationNewsPort news,
            NotifyTeamOfNewTicketPort newTickets, Clock clock) {
        this.summaries = summaries;
        this.tickets = tickets;
        this.savedTickets = savedTickets;
        this.readMarks = readMarks;
        this.conversations = conversations;
        this.savedConversations = savedConversations;
        this.appendedMessages = appendedMessages;
        this.agents = agents;
        this.news = news;
        this.newTickets = newTickets;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected TicketService() {
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketPage list(TicketFilter filter, AgentId viewer, Optional<String> cursor, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        Optional<TicketSummariesPort.Position> after = cursor.map(TicketService::decode);
        List<TicketSummary> rows = summaries.page(filter, viewer, clock.instant(), after, size + 1);
        List<TicketSummary> page = rows.size() > size ? rows.subList(0, size) : rows;
        Optional<String> next = rows.size() > size
                ? Optional.of(encode(page.get(page.size() - 1)))
                : Optional.empty();
        return new TicketPage(page, next);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TicketSummary> latest(AgentId viewer, int limit) {
        return list(TicketFilter.everything(), viewer, Optional.empty(), limit).tickets();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TicketSummary> ofConversation(ConversationId conversation, AgentId viewer) {
        return summaries.ofConversation(conversation, viewer, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketSummary ticket(TicketId id, AgentId viewer) {
        return summaries.byId(id, viewer, clock.instant()).orElseThrow(() -> new TicketNotFoundException(id));
    }

    @Override
    public TicketSummary close(TicketCommand command) {
        return change(command.ticket(), command.agent(), (ticket, conversation) -> {
            Instant now = clock.instant();
            ticket.close(now);
            if (conversation.isOpen()) {
                appendedMessages.append(conversation.close(ConversationEvent.CLOSED_BY_AGENT, now));
                savedConversations.update(conversation);
            }
        });
    }

    @Override
    public TicketSummary assign(AssignTicketCommand command) {
        command.assignee().ifPresent(assignee -> {
            if (agents.findById(assignee).isEmpty()) {
                throw new AgentNotFoundException(assignee);
            }
        });
        return change(command.ticket(), command.agent(),
                (ticket, conversation) -> ticket.assignTo(command.assignee(), clock.instant()));
    }

    @Override
    public TicketSummary snooze(SnoozeTicketCommand command) {
        return change(command.ticket(), command.agent(),
                (ticket, conversation) -> ticket.snooze(command.until(), clock.instant()));
    }

    @Override
    public TicketSummary reopen(TicketCommand command) {
        return change(command.ticket(), command.agent(), (ticket, conversation) -> ticket.reopenFromSnooze());
    }

    @Override
    public TicketSummary markRead(TicketCommand command) {
        Ticket ticket = tickets.findById(command.ticket()).orElseThrow(() -> new TicketNotFoundException(command.ticket()));
        Conversation conversation = conversations.findForUpdate(ticket.conversation())
                .orElseThrow(() -> new ConversationNotFoundException(ticket.conversation()));
        readMarks.save(mark(ticket.id(), command.agent()).seenUpTo(conversation.lastSeq()));
        // The visitor's messages show "Seen" once an agent has read them.
        if (conversation.agentSaw(conversation.lastSeq())) {
            savedConversations.update(conversation);
        }
        news.publish(new ConversationNews(ticket.conversation(), conversation.lastSeq()));
        return ticket(ticket.id(), command.agent());
    }

    @Override
    public TicketSummary markUnread(TicketCommand command) {
        Ticket ticket = tickets.findById(command.ticket()).orElseThrow(() -> new TicketNotFoundException(command.ticket()));
        readMarks.save(mark(ticket.id(), command.agent()).markUnread());
        news.publish(new ConversationNews(ticket.conversation(),
                conversations.find(ticket.conversation()).map(Conversation::lastSeq).orElse(0L)));
        return ticket(ticket.id(), command.agent());
    }

    @Override
    public void visitorWrote(ConversationId conversation, VisitorId visitor, Instant now) {
        Optional<Ticket> ticket = tickets.findByConversation(conversation);
        if (ticket.isPresent()) {
            ticket.get().visitorWrote(now);
            savedTickets.update(ticket.get());
        } else {
            Ticket opened = Ticket.open(TicketId.random(), conversation, visitor, now);
            savedTickets.create(opened);
            newTickets.ticketOpened(opened.id(), now);
        }
    }

    @Override
    public void agentReplied(ConversationId conversation, AgentId agent, long seq, Instant now) {
        tickets.findByConversation(conversation).ifPresent(ticket -> {
            ticket.agentReplied(agent, now);
            savedTickets.update(ticket);
            // Whoever replies has seen the conversation up to their reply.
            readMarks.save(mark(ticket.id(), agent).seenUpTo(seq));
        });
    }

    @Override
    public void conversationEnded(ConversationId conversation, Instant now) {
        tickets.findByConversation(conversation).filter(ticket -> ticket.status() != TicketStatus.CLOSED)
                .ifPresent(ticket -> {
                    ticket.close(now);
                    savedTickets.update(ticket);
                });
    }

    private ReadMark mark(TicketId ticket, AgentId agent) {
        return readMarks.find(ticket, agent).orElseGet(() -> ReadMark.nothingSeen(ticket, agent));
    }

    /** Locks the ticket's conversation, changes the ticket (and maybe the conversation), stores both, tells everyone. */
    private TicketSummary change(TicketId id, AgentId agent, BiConsumer<Ticket, Conversation> change) {
        Ticket found = tickets.findById(id).orElseThrow(() -> new TicketNotFoundException(id));
        Conversation conversation = conversations.findForUpdate(found.conversation())
                .orElseThrow(() -> new ConversationNotFoundException(found.conversation()));
        Ticket ticket = tickets.findById(id).orElseThrow(() -> new TicketNotFoundException(id));
        change.accept(ticket, conversation);
        savedTickets.update(ticket);
        news.publish(new ConversationNews(conversation.id(), conversation.lastSeq()));
        return ticket(id, agent);
    }

    private static String encode(TicketSummary last) {
        Instant at = last.lastActivityAt();
        String position = at.getEpochSecond() + "." + at.getNano() + "." + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static TicketSummariesPort.Position decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.", 3);
            return new TicketSummariesPort.Position(
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    new TicketId(UUID.fromString(parts[2])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException notOurs) {
            throw new InvalidValueException("invalid_cursor",
                    "The cursor is not one Parley gave; start again from the first page.");
        }
    }
}
