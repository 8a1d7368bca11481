package dev.parley.server.incontainer;

import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.application.team.port.out.SaveAgentPort;
import dev.parley.application.ticket.port.out.SaveTicketPort;
import dev.parley.application.visitor.port.out.SaveVisitorPort;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.Role;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.visitor.TokenHash;
import dev.parley.domain.visitor.Visitor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Rows the tests build on, each written through the application's driven ports in a committed transaction of its
 * own, always with fresh ids, so that tests never depend on each other or on what earlier runs left in the database.
 */
@Dependent
public class Fixtures {

    @Inject
    SaveVisitorPort visitors;

    @Inject
    SaveConversationPort conversations;

    @Inject
    AppendMessagePort messages;

    @Inject
    SaveTicketPort tickets;

    @Inject
    SaveAgentPort agents;

    /** A new anonymous visitor. */
    public Visitor visitor() {
        Visitor visitor = Visitor.anonymous(VisitorId.random(), tokenHash(), Instant.now());
        Tx.run(() -> visitors.create(visitor));
        return visitor;
    }

    /** A new agent. */
    public AgentId agent(Role role) {
        Agent agent = Agent.create(
                AgentId.random(),
                new EmailAddress(unique("agent") + "@parley.test"),
                "Agent " + role,
                role,
                "not-a-real-hash",
                Instant.now());
        Tx.run(() -> agents.create(agent));
        return agent.id();
    }

    /** A new open chat conversation of a new visitor, in which the visitor wrote {@code text}. */
    public Conversation conversationSaying(String text, Instant at) {
        Visitor visitor = visitor();
        Conversation conversation = Conversation.start(ConversationId.random(), visitor.id(), Channel.CHAT, at);
        Tx.run(() -> {
            conversations.create(conversation);
            Message said = conversation.post(Author.visitor(), Optional.empty(), new MessageText(text), at);
            messages.append(said);
            conversations.update(conversation);
        });
        return conversation;
    }

    /** A ticket about a new conversation in which the visitor wrote {@code text}; its last activity is {@code at}. */
    public Ticket ticketSaying(String text, Instant at) {
        Conversation conversation = conversationSaying(text, at);
        Ticket ticket = Ticket.open(TicketId.random(), conversation.id(), conversation.visitor(), at);
        Tx.run(() -> tickets.create(ticket));
        return ticket;
    }

    /**
     * A ticket of {@code visitor} about a new open chat conversation in which the visitor wrote each of {@code texts};
     * its last activity is {@code at}.
     */
    public Ticket ticketOf(Visitor visitor, Instant at, String... texts) {
        Conversation conversation = Conversation.start(ConversationId.random(), visitor.id(), Channel.CHAT, at);
        Ticket ticket = Ticket.open(TicketId.random(), conversation.id(), visitor.id(), at);
        Tx.run(() -> {
            conversations.create(conversation);
            for (String text : texts) {
                messages.append(conversation.post(Author.visitor(), Optional.empty(), new MessageText(text), at));
            }
            conversations.update(conversation);
            tickets.create(ticket);
        });
        return ticket;
    }

    /** A token hash no other visitor has (a SHA-256 as hex, as the visitor context stores it). */
    public static TokenHash tokenHash() {
        return new TokenHash(hex() + hex());
    }

    private static String hex() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Text no other test and no earlier run uses. */
    public static String unique(String what) {
        return what + "-" + hex();
    }
}
