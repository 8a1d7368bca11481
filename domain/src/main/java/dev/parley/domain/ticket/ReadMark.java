package dev.parley.domain.ticket;

import dev.parley.domain.shared.AgentId;
import java.util.Objects;

/**
 * What one agent has seen of one ticket: the conversation's messages up to {@code seenSeq}, unless the agent marked
 * the ticket unread again.
 *
 * @param ticket the ticket
 * @param agent the agent
 * @param seenSeq the last sequence number the agent has seen
 * @param markedUnread whether the agent asked to see it as unread anyway
 */
public record ReadMark(TicketId ticket, AgentId agent, long seenSeq, boolean markedUnread) {

    public ReadMark {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(agent, "agent");
        if (seenSeq < 0) {
            throw new IllegalArgumentException("A seen sequence number cannot be negative");
        }
    }

    /** Nothing seen yet. */
    public static ReadMark nothingSeen(TicketId ticket, AgentId agent) {
        return new ReadMark(ticket, agent, 0, false);
    }

    /** Whether the ticket is unread for the agent while its conversation's last message is {@code lastSeq}. */
    public boolean isUnreadAt(long lastSeq) {
        return markedUnread || lastSeq > seenSeq;
    }

    /** The agent has seen everything up to {@code seq}; seeing never goes backwards. */
    public ReadMark seenUpTo(long seq) {
        return new ReadMark(ticket, agent, Math.max(seenSeq, seq), false);
    }

    /** The agent wants the ticket shown as unread again. */
    public ReadMark markUnread() {
        return new ReadMark(ticket, agent, seenSeq, true);
    }
}
