package dev.parley.adapters.websocket;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.SessionTokenHash;

/**
 * The agent session a connection belongs to, and its agent: the connection closes when that session ends or the agent
 * is removed from the team, and follows the session when it is rotated. Empty for a visitor's connection.
 */
final class AgentTie {

    private volatile SessionTokenHash session;
    private volatile AgentId agent;

    /** Ties the connection to the agent session that opened it and its agent. */
    void belongsTo(SessionTokenHash session, AgentId signedIn) {
        this.session = session;
        this.agent = signedIn;
    }

    /** Moves the connection to its session's new token, if it belongs to the rotated session. */
    void sessionRotated(SessionTokenHash from, SessionTokenHash to) {
        if (from.equals(session)) {
            session = to;
        }
    }

    boolean isOf(AgentId candidate) {
        return candidate.equals(agent);
    }

    /** The agent session the connection belongs to, or {@code null} for a visitor's. */
    SessionTokenHash session() {
        return session;
    }

    boolean belongsToSession(SessionTokenHash candidate) {
        return candidate.equals(session);
    }
}
