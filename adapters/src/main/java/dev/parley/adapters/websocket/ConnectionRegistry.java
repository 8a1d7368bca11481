package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.profile.port.out.ProfileNews;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.team.SessionEnd;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The open WebSocket connections of this node, and the news they are told once a transaction commits. Holds nothing
 * that is not also in the database: a connection that is lost and comes back asks for what it lacks.
 */
@ApplicationScoped
public class ConnectionRegistry {

    private static final Logger LOG = Logger.getLogger(ConnectionRegistry.class.getName());

    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private ManagedExecutorService pool;
    private ConversationHistoryQuery history;
    private InboxQuery inbox;

    @Inject
    public ConnectionRegistry(ManagedExecutorService pool, ConversationHistoryQuery history, InboxQuery inbox) {
        this.pool = pool;
        this.history = history;
        this.inbox = inbox;
    }

    /** For CDI proxies only. */
    protected ConnectionRegistry() {}

    Connection open(Session session, Connection.Side side) {
        Connection connection = new Connection(session, side, new SerialExecutor(pool), history, inbox);
        connections.add(connection);
        return connection;
    }

    void closed(Connection connection) {
        connections.remove(connection);
    }

    /**
     * Passes a typing indicator to the other side, in memory only: typing is ephemeral and never stored.
     *
     * @param from the connection of the one typing, which is not told
     */
    void typing(Connection from, ConversationId conversation, ServerFrames.Typing frame, boolean fromVisitor) {
        for (Connection connection : connections) {
            if (connection != from) {
                connection.onTyping(conversation, frame, fromVisitor);
            }
        }
    }

    /**
     * Closes the connections of agent sessions that ended, only after the transaction that ended them has committed:
     * 4002 {@code removed} when the agent was removed from the team (every connection of theirs), otherwise 4001
     * {@code signed_out}.
     */
    @SuppressWarnings("ModifyCollectionInEnhancedForLoop") // a concurrent set: removing while iterating is safe
    void onSessionsEnded(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketAgentSessions.SessionsEnded ended) {
        boolean removed = ended.reason() == SessionEnd.REMOVED;
        CloseReason reason = CloseCodes.reason(removed ? CloseCodes.REMOVED : CloseCodes.SIGNED_OUT);
        int closed = 0;
        for (Connection connection : connections) {
            boolean ends = removed
                    ? connection.isOf(ended.agent())
                    : ended.sessions().stream().anyMatch(connection::belongsToSession);
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

    /** Moves the connections of a rotated session to its new token, once the rotation has committed. */
    void onSessionRotated(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketAgentSessions.SessionRotated rotated) {
        for (Connection connection : connections) {
            connection.sessionRotated(rotated.from(), rotated.to());
        }
    }

    int size() {
        return connections.size();
    }

    /** Tells every inbox that the macros changed, only after the transaction that changed them has committed. */
    void onMacrosChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketMacrosPublisher.MacrosChanged changed) {
        for (Connection connection : connections) {
            connection.onMacrosChanged();
        }
    }

    /** Tells every inbox that a profile changed, only after the transaction that changed it has committed. */
    void onProfileNews(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileNews news) {
        ServerFrames.ProfileChanged frame = new ServerFrames.ProfileChanged(
                news.profile().toString(), news.visitor().toString());
        for (Connection connection : connections) {
            connection.onProfileNews(frame);
        }
    }

    /**
     * Tells every widget and every inbox that the settings changed, only after the transaction that changed them has
     * committed.
     */
    void onSettingsChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketSettingsPublisher.SettingsChanged changed) {
        for (Connection connection : connections) {
            connection.onSettingsChanged(changed.waitingThresholdSeconds());
        }
    }

    /** Tells every connection of the news, only after the transaction that made it has committed. */
    void onNews(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationNews news) {
        for (Connection connection : connections) {
            connection.onNews(news);
        }
    }
}
