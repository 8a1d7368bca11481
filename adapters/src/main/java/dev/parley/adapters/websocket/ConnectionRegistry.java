package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.profile.port.out.ProfileNews;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.domain.conversation.ConversationId;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open WebSocket connections of this node, and the news they are told once a transaction commits. Holds nothing
 * that is not also in the database: a connection that is lost and comes back asks for what it lacks.
 */
@ApplicationScoped
public class ConnectionRegistry {

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

    /** Closes the connections opened by an HTTP session that has ended (the agent signed out or timed out). */
    @SuppressWarnings("ModifyCollectionInEnhancedForLoop") // a concurrent set: removing while iterating is safe
    void sessionEnded(String httpSessionId) {
        for (Connection connection : connections) {
            if (connection.belongsToSession(httpSessionId)) {
                connection.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "signed out"));
                connections.remove(connection);
            }
        }
    }

    /** Closes a removed agent's connections, only after the transaction that removed them has committed. */
    @SuppressWarnings("ModifyCollectionInEnhancedForLoop") // a concurrent set: removing while iterating is safe
    void onAgentRemoved(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketAgentSessions.AgentSessionsEnded removed) {
        for (Connection connection : connections) {
            if (connection.isOf(removed.agent())) {
                connection.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "removed from the team"));
                connections.remove(connection);
            }
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
