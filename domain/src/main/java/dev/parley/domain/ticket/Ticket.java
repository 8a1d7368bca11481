package dev.parley.domain.ticket;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket is the helpdesk's handle on one conversation: the visitor's first message creates it, agents work on it
 * in the inbox, and it records who is in charge (its assignee) and when anything last happened (its activity), which
 * orders the inbox. An agent who replies to an unassigned ticket becomes its assignee. A closed ticket stays closed.
 */
public final class Ticket {

    private final TicketId id;
    private final ConversationId conversation;
    private final VisitorId requester;
    private final Instant createdAt;
    private TicketStatus status;
    private AgentId assignee;
    private Instant lastActivityAt;

    private Ticket(TicketId id, ConversationId conversation, VisitorId requester, Instant createdAt,
            TicketStatus status, AgentId assignee, Instant lastActivityAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.requester = Objects.requireNonNull(requester, "requester");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.status = Objects.requireNonNull(status, "status");
        this.assignee = assignee;
        this.lastActivityAt = Objects.requireNonNull(lastActivityAt, "last activity at");
    }

    /** Opens the ticket for a conversation whose visitor has just written for the first time. */
    public static Ticket open(TicketId id, ConversationId conversation, VisitorId requester, Instant now) {
        return new Ticket(id, conversation, requester, now, TicketStatus.OPEN, null, now);
    }

    /** Rebuilds a ticket from what was stored; for persistence adapters only. */
    public static Ticket reconstitute(TicketId id, ConversationId conversation, VisitorId requester, Instant createdAt,
            TicketStatus status, AgentId assignee, Instant lastActivityAt) {
        return new Ticket(id, conversation, requester, createdAt, status, assignee, lastActivityAt);
    }

    /**
     * The visitor wrote again: the ticket has new activity.
     *
     * @throws TicketClosedException when the ticket is closed
     */
    public void visitorWrote(Instant now) {
        requireNotClosed();
        lastActivityAt = now;
    }

    /**
     * An agent replied: the ticket has new activity, and an unassigned ticket becomes the agent's.
     *
     * @throws TicketClosedException when the ticket is closed
     */
    public void agentReplied(AgentId agent, Instant now) {
        requireNotClosed();
        Objects.requireNonNull(agent, "agent");
        if (assignee == null) {
            assignee = agent;
        }
        lastActivityAt = now;
    }

    private void requireNotClosed() {
        if (status == TicketStatus.CLOSED) {
            throw new TicketClosedException(id);
        }
    }

    public TicketId id() {
        return id;
    }

    public ConversationId conversation() {
        return conversation;
    }

    public VisitorId requester() {
        return requester;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public TicketStatus status() {
        return status;
    }

    public Optional<AgentId> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }
}
