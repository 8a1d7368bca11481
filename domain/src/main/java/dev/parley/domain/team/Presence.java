package dev.parley.domain.team;

import java.util.Locale;

/**
 * Whether an agent can answer a visitor now, as the team and the widget see it: online (available, with an inbox
 * open), away (an inbox open, but they said they are away) or offline (no inbox open).
 */
public enum Presence {
    ONLINE,
    AWAY,
    OFFLINE;

    /**
     * The presence of an agent who chose a status and has, or has not, an inbox connected.
     *
     * @param status what the agent says of themselves
     * @param connected whether one of their inboxes is connected now
     */
    public static Presence of(AgentStatus status, boolean connected) {
        if (!connected) {
            return OFFLINE;
        }
        return status == AgentStatus.AVAILABLE ? ONLINE : AWAY;
    }

    /**
     * The more present of the two, online before away before offline: an agent with inboxes on two nodes of a cluster
     * is as present as the more present of them shows them.
     */
    public Presence orMorePresent(Presence other) {
        if (this == ONLINE || other == ONLINE) {
            return ONLINE;
        }
        return this == AWAY || other == AWAY ? AWAY : OFFLINE;
    }

    /** The presence as the wire names it: {@code online}, {@code away} or {@code offline}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
