package dev.parley.domain.ticket;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket is the helpdesk's handle on one conversation: the visitor's first message creates it, agents work on it
 * in the inbox, and it records who is in charge (its assignee), when anything last happened (its activity, which
 * orders the inbox) and since when the visitor has been waiting for an answer.
 *
 * <p>It is Open, Snoozed until an instant (it wakes by itself when that passes, or when the visitor writes), or
 * Closed. An agent who replies to an unassigned ticket becomes its assignee; any agent may (re)assign it. Closing a
 * ticket ends its conversation, and a closed ticket never changes again.
 */
public final class Ticket {

    private final TicketId id;
    private final ConversationId conversation;
    private final VisitorId requester;
    private final Instant createdAt;
    private TicketStatus status;
    private Instant snoozedUntil;
    private AgentId assignee;
    private Instant lastActivityAt;
    private Instant waitingSince;
    private Instant closedAt;

    private Ticket(
            TicketId id,
            ConversationId conversation,
            VisitorId requester,
            Instant createdAt,
            TicketStatus status,
            Instant snoozedUntil,
            AgentId assignee,
            Instant lastActivityAt,
            Instant waitingSince,
            Instant closedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.requester = Objects.requireNonNull(requester, "requester");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.status = Objects.requireNonNull(status, "status");
        this.snoozedUntil = snoozedUntil;
        this.assignee = assignee;
        this.lastActivityAt = Objects.requireNonNull(lastActivityAt, "last activity at");
        this.waitingSince = waitingSince;
        this.closedAt = closedAt;
        if ((status == TicketStatus.SNOOZED) != (snoozedUntil != null)) {
            throw new IllegalArgumentException("A ticket has a snooze end exactly when it is snoozed");
        }
        if ((status == TicketStatus.CLOSED) != (closedAt != null)) {
            throw new IllegalArgumentException("A ticket has a closing time exactly when it is closed");
        }
    }

    /** Opens the ticket for a conversation whose visitor has just written for the first time. */
    public static Ticket open(TicketId id, ConversationId conversation, VisitorId requester, Instant now) {
        return new Ticket(id, conversation, requester, now, TicketStatus.OPEN, null, null, now, now, null);
    }

    /** Rebuilds a ticket from what was stored; for persistence adapters only. */
    public static Ticket reconstitute(
            TicketId id,
            ConversationId conversation,
            VisitorId requester,
            Instant createdAt,
            TicketStatus status,
            Instant snoozedUntil,
            AgentId assignee,
            Instant lastActivityAt,
            Instant waitingSince,
            Instant closedAt) {
        return new Ticket(
                id,
                conversation,
                requester,
                createdAt,
                status,
                snoozedUntil,
                assignee,
                lastActivityAt,
                waitingSince,
                closedAt);
    }

    /**
     * The visitor wrote again: the ticket has new activity, wakes if it was snoozed, and the visitor is waiting from
     * now on unless they were already.
     *
     * @throws TicketClosedException when the ticket is closed
     */
    public void visitorWrote(Instant now) {
        requireNotClosed();
        wake();
        lastActivityAt = now;
        if (waitingSince == null) {
            waitingSince = now;
        }
    }

    /**
     * An agent replied: the ticket has new activity, the visitor is no longer waiting, and an unassigned ticket
     * becomes the agent's.
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
        waitingSince = null;
    }

    /**
     * Gives the ticket to an agent, or to nobody.
     *
     * @throws TicketClosedException when the ticket is closed
     */
    public void assignTo(Optional<AgentId> agent, Instant now) {
        requireNotClosed();
        assignee = agent.orElse(null);
        lastActivityAt = now;
    }

    /**
     * Hides the ticket until {@code until}, or until the visitor writes.
     *
     * @throws TicketClosedException when the ticket is closed
     * @throws InvalidValueException when {@code until} is not in the future
     */
    public void snooze(Instant until, Instant now) {
        requireNotClosed();
        if (!until.isAfter(now)) {
            throw new InvalidValueException("snooze_in_the_past", "A ticket can only be snoozed until a later time.");
        }
        status = TicketStatus.SNOOZED;
        snoozedUntil = until;
    }

    /**
     * Puts a snoozed ticket back in the open tickets.
     *
     * @throws TicketClosedException when the ticket is closed
     */
    public void reopenFromSnooze() {
        requireNotClosed();
        wake();
    }

    /**
     * Closes the ticket for good.
     *
     * @throws TicketClosedException when it is already closed
     */
    public void close(Instant now) {
        requireNotClosed();
        status = TicketStatus.CLOSED;
        snoozedUntil = null;
        waitingSince = null;
        closedAt = now;
    }

    /** The status as the inbox should show it at {@code now}: a snooze that has passed is over. */
    public TicketStatus statusAt(Instant now) {
        if (status == TicketStatus.SNOOZED && !snoozedUntil.isAfter(now)) {
            return TicketStatus.OPEN;
        }
        return status;
    }

    private void wake() {
        if (status == TicketStatus.SNOOZED) {
            status = TicketStatus.OPEN;
            snoozedUntil = null;
        }
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

    /** The stored status; see {@link #statusAt(Instant)} for what it means now. */
    public TicketStatus status() {
        return status;
    }

    public Optional<Instant> snoozedUntil() {
        return Optional.ofNullable(snoozedUntil);
    }

    public Optional<AgentId> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    /** Since when the visitor has been waiting for an agent: their oldest message that no agent message follows. */
    public Optional<Instant> waitingSince() {
        return Optional.ofNullable(waitingSince);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }
}
