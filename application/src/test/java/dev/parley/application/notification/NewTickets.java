package dev.parley.application.notification;

import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.ReadMarksPort;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.ticket.ReadMark;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tickets, their read marks and their opening messages, as the notification context reads them. */
class NewTickets implements LoadTicketPort, ReadMarksPort, LoadMessagesPort {

    private final Map<TicketId, Ticket> tickets = new HashMap<>();
    private final List<ReadMark> marks = new ArrayList<>();
    private final Map<ConversationId, List<Message>> messages = new HashMap<>();

    /** A visitor's first message opens a ticket, after the welcome. */
    Ticket opened(String firstMessage, Instant now) {
        Ticket ticket = Ticket.open(TicketId.random(), ConversationId.random(), VisitorId.random(), now);
        tickets.put(ticket.id(), ticket);
        messages.put(
                ticket.conversation(),
                List.of(
                        new Message(
                                ticket.conversation(),
                                1,
                                Optional.empty(),
                                Author.system(),
                                new MessageText("Hi! How can we help you today?"),
                                now),
                        new Message(
                                ticket.conversation(),
                                2,
                                Optional.of(new ClientMessageId("c-1")),
                                Author.visitor(),
                                new MessageText(firstMessage),
                                now)));
        return ticket;
    }

    void read(Ticket ticket, AgentId agent) {
        marks.add(ReadMark.nothingSeen(ticket.id(), agent).seenUpTo(2));
    }

    void close(Ticket ticket, Instant now) {
        ticket.close(now);
    }

    @Override
    public Optional<Ticket> findByConversation(ConversationId conversation) {
        return tickets.values().stream()
                .filter(ticket -> ticket.conversation().equals(conversation))
                .findFirst();
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return Optional.ofNullable(tickets.get(id));
    }

    @Override
    public Optional<ReadMark> find(TicketId ticket, AgentId agent) {
        return marks.stream()
                .filter(mark -> mark.ticket().equals(ticket) && mark.agent().equals(agent))
                .findFirst();
    }

    @Override
    public void save(ReadMark mark) {
        marks.add(mark);
    }

    @Override
    public List<ReadMark> ofTicket(TicketId ticket) {
        return marks.stream().filter(mark -> mark.ticket().equals(ticket)).toList();
    }

    @Override
    public List<Message> after(ConversationId conversation, long afterSeq, int limit) {
        return messages.getOrDefault(conversation, List.of()).stream()
                .filter(message -> message.seq() > afterSeq)
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Message> findSentByVisitor(VisitorId visitor, ClientMessageId clientMessageId) {
        return Optional.empty();
    }

    @Override
    public Optional<Message> findSentByAgent(
            ConversationId conversation, AgentId agent, ClientMessageId clientMessageId) {
        return Optional.empty();
    }
}
