package dev.parley.adapters.websocket;

import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionTokenHash;
import jakarta.websocket.CloseReason;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The agent sessions behind this node's connections: closes the connections of sessions that ended and moves those
 * of a rotated session to its new token. Works on the registry's set of connections, from which it removes what it
 * closes.
 */
final class SessionSockets {

    private static final Logger LOG = Logger.getLogger(SessionSockets.class.getName());

    private final Set<Connection> connections;

    /** @param connections the registry's open connections, a concurrent set */
    SessionSockets(Set<Connection> connections) {
        this.connections = connections;
    }

    /**
     * Closes the connections of agent sessions that ended: 4002 {@code removed} when the agent was removed from the
     * team (every connection of theirs), otherwise 4001 {@code signed_out}.
     */
    @SuppressWarnings("ModifyCollectionInEnhancedForLoop") // a concurrent set: removing while iterating is safe
    void ended(WebSocketAgentSessions.SessionsEnded ended) {
        boolean removed = ended.reason() == SessionEnd.REMOVED;
        CloseReason reason = CloseCodes.reason(removed ? CloseCodes.REMOVED : CloseCodes.SIGNED_OUT);
        int closed = 0;
        for (Connection connection : connections) {
            boolean ends = removed
                    ? connection.owner().isOf(ended.agent())
                    : ended.sessions().stream().anyMatch(connection.owner()::belongsToSession);
            if (ends) {
                connection.close(reason);
                connections.remove(connection);
                closed++;
            }
        }
        if (closed > 0) {
            int count = closed;
            LOG.info(() -> "event=agent_sockets_closed agent=" + ended.agent() + " reason="
                    + ended.reason().name().toLowerCase(Locale.ROOT) + " code="
                    + reason.getCloseCode().getCode()
                    + " sockets=" + count);
        }
    }

    /** The agent sessions of the live connections. */
    Set<SessionTokenHash> open() {
        Set<SessionTokenHash> sessions = new HashSet<>();
        for (Connection connection : connections) {
            SessionTokenHash session = connection.owner().session();
            if (session != null && connection.live()) {
                sessions.add(session);
            }
        }
        return sessions;
    }

    /**
     * Closes the connections of the given sessions with 4001 {@code signed_out}.
     *
     * @return how many connections were closed
     */
    @SuppressWarnings("ModifyCollectionInEnhancedForLoop") // a concurrent set: removing while iterating is safe
    int close(Set<SessionTokenHash> ended) {
        int closed = 0;
        for (Connection connection : connections) {
            SessionTokenHash session = connection.owner().session();
            if (session != null && ended.contains(session)) {
                connection.close(CloseCodes.reason(CloseCodes.SIGNED_OUT));
                connections.remove(connection);
                closed++;
            }
        }
        return closed;
    }

    /** Moves the connections of a rotated session to its new token. */
    void rotated(WebSocketAgentSessions.SessionRotated rotated) {
        for (Connection connection : connections) {
            connection.owner().sessionRotated(rotated.from(), rotated.to());
        }
    }
}
