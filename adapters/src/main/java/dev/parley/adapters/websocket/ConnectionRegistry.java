package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.adapters.wire.NoteJson;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.note.port.in.NoteView;
import dev.parley.application.profile.port.out.ProfileNews;
import dev.parley.application.team.port.in.AgentInboxesUseCase;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.SessionTokenHash;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The open WebSocket connections of this node, and the news they are told once a transaction commits. Holds nothing
 * that is not also in the database: a connection that is lost and comes back asks for what it lacks.
 *
 * <p>It also keeps the connection caps (per visitor, agent session and client address), closes connections that
 * stayed silent past the idle timeout with 4010 {@code idle}, and, when the application stops, stops handling frames
 * and closes every connection with 1001 {@code going_away} before the executor and the database go away.
 */
@ApplicationScoped
public class ConnectionRegistry {

    private static final Logger LOG = Logger.getLogger(ConnectionRegistry.class.getName());

    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final FollowerIndex followers = new FollowerIndex();
    /** The connections whose inbox counts towards their agent's presence, each once. */
    private final Map<Connection, AgentId> inboxes = new ConcurrentHashMap<>();

    private final AtomicBoolean sweeping = new AtomicBoolean();
    private volatile boolean stopping;
    private Executor pool;
    private ScheduledExecutorService timer;
    private ConversationHistoryQuery history;
    private NewsFanOut fanOut;
    private FollowedCatchUp catchUp;
    private SessionSockets sessions;
    private WebSocketLimits limits;
    private ConnectionCaps caps;
    private AgentInboxesUseCase presence;
    private volatile ScheduledFuture<?> sweeper;
    private volatile TypingRelay typingRelay = (conversation, frame, fromVisitor) -> {};

    @Inject
    public ConnectionRegistry(
            ManagedExecutorService pool,
            ManagedScheduledExecutorService timer,
            ConversationHistoryQuery history,
            InboxQuery inbox,
            WebSocketLimits limits,
            AgentInboxesUseCase presence) {
        this((Executor) pool, timer, history, inbox, limits, presence);
    }

    ConnectionRegistry(
            Executor pool,
            ScheduledExecutorService timer,
            ConversationHistoryQuery history,
            InboxQuery inbox,
            WebSocketLimits limits,
            AgentInboxesUseCase presence) {
        this.presence = presence;
        this.pool = pool;
        this.timer = timer;
        this.history = history;
        this.fanOut = new NewsFanOut(pool, history, inbox, followers);
        this.catchUp = new FollowedCatchUp(connections, history, fanOut);
        this.sessions = new SessionSockets(connections);
        this.limits = limits;
        this.caps = new ConnectionCaps(limits::maxConnections);
    }

    /** For CDI proxies only. */
    protected ConnectionRegistry() {}

    /**
     * Registers a new connection, counted under its client address (when known). When the address has its cap of
     * sockets open already, or the application is stopping, it is closed at once (4008 {@code too_many_connections}
     * or 1001 {@code going_away}) and not registered; {@link Connection#live()} then says so.
     */
    Connection open(Session session, Connection.Side side, Optional<String> address) {
        Connection connection =
                new Connection(session, side, pool, limits.sendQueue(), history, followers, this::forget);
        if (stopping) {
            connection.close(CloseCodes.GOING_AWAY);
            return connection;
        }
        if (address.isPresent() && !admit(connection, ConnectionCaps.Kind.ADDRESS, address.get())) {
            return connection;
        }
        connections.add(connection);
        startSweeping();
        return connection;
    }

    /**
     * Counts a connection under a key of a cap (an agent's HTTP session, a visitor once identified); past the cap it
     * is closed with 4008 {@code too_many_connections}, the open ones staying as they are.
     *
     * @return whether the connection may stay
     */
    boolean admit(Connection connection, ConnectionCaps.Kind kind, String key) {
        if (caps.take(connection, kind, key)) {
            return true;
        }
        LOG.info(() -> "event=websocket_refused code=too_many_connections cap="
                + kind.name().toLowerCase(Locale.ROOT) + " max=" + limits.maxConnections(kind));
        connection.close(CloseCodes.TOO_MANY_CONNECTIONS);
        return false;
    }

    /** Whether the visitor has a connection open on this node, past their {@code hello}. */
    boolean visitorConnected(String visitor) {
        return caps.count(ConnectionCaps.Kind.VISITOR, visitor) > 0;
    }

    /** The socket closed: its connection stops and gives back its places under the caps. */
    void closed(Connection connection) {
        connection.closed();
        forget(connection);
    }

    private void forget(Connection connection) {
        connections.remove(connection);
        caps.release(connection);
        synchronized (inboxes) {
            AgentId agent = inboxes.remove(connection);
            if (agent != null && !stopping) {
                presence.inboxClosed(agent);
            }
        }
    }

    /**
     * An agent's connection said hello and shows their inbox: it counts towards their presence until it goes (see
     * {@link AgentInboxesUseCase}).
     */
    void inboxOpened(Connection connection, AgentId agent) {
        // Under one lock with forget: an inbox that goes while it opens is counted once and let go once, in order.
        synchronized (inboxes) {
            if (connections.contains(connection) && inboxes.putIfAbsent(connection, agent) == null) {
                presence.inboxOpened(agent);
            }
        }
    }

    /**
     * Tells every inbox that an agent came online, went away or went offline, and every widget whether anyone is
     * online when that changed. Observed as it is fired, under the presence's lock: presence lives in memory, and its frames go out in the order
     * of its changes, whichever threads made them.
     */
    void onPresence(@Observes WebSocketPresencePublisher.PresenceNews news) {
        ServerFrames.PresenceChanged agentFrame = new ServerFrames.PresenceChanged(
                news.agent().toString(), news.presence().wire());
        ServerFrames.TeamAvailability teamFrame = new ServerFrames.TeamAvailability(news.teamOnline());
        for (Connection connection : connections) {
            if (connection.side() == Connection.Side.AGENT) {
                if (connection.inboxViewer() != null) {
                    connection.send(agentFrame);
                }
            } else if (news.teamChanged()) {
                connection.send(teamFrame);
            }
        }
    }

    /** Tells every widget whether anyone is online, when another node's news changed it. */
    void onTeamAvailability(@Observes WebSocketPresencePublisher.TeamAvailabilityNews news) {
        ServerFrames.TeamAvailability teamFrame = new ServerFrames.TeamAvailability(news.teamOnline());
        for (Connection connection : connections) {
            if (connection.side() != Connection.Side.AGENT) {
                connection.send(teamFrame);
            }
        }
    }

    /** Whether frames are handled: not once the application is stopping. */
    boolean accepting() {
        return !stopping;
    }

    /**
     * Stops handling frames and closes every connection with 1001 {@code going_away}; what was queued for them is
     * dropped. Runs when the web application stops, before the executor and the database go away; a second call does
     * nothing.
     */
    @PreDestroy
    void shutdown() {
        if (stopping) {
            return;
        }
        stopping = true;
        ScheduledFuture<?> running = sweeper;
        if (running != null) {
            running.cancel(false);
        }
        int closing = connections.size();
        for (Connection connection : connections) {
            connection.close(CloseCodes.GOING_AWAY);
        }
        LOG.info(() -> "event=websocket_shutdown closed=" + closing);
    }

    /** Closes the connections that stayed silent past the idle timeout, with 4010 {@code idle}. */
    void sweepIdle() {
        long now = System.nanoTime();
        long idle = TimeUnit.MILLISECONDS.toNanos(limits.idleTimeoutMillis());
        for (Connection connection : connections) {
            if (connection.idleSince(now, idle)) {
                connection.close(CloseCodes.IDLE);
            }
        }
    }

    private void startSweeping() {
        if (sweeping.compareAndSet(false, true)) {
            long period = Math.max(1000, Math.min(limits.idleTimeoutMillis() / 4, 10_000));
            try {
                sweeper = timer.scheduleAtFixedRate(this::sweepIdle, period, period, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                LOG.log(Level.FINE, "event=websocket_idle_sweep_refused", stopped);
            }
        }
    }

    /**
     * Passes a typing indicator to the other side, in memory only: typing is ephemeral and never stored.
     *
     * @param from the connection of the one typing, which is not told
     */
    void typing(Connection from, ConversationId conversation, ServerFrames.Typing frame, boolean fromVisitor) {
        typingFromElsewhere(from, conversation, frame, fromVisitor);
        typingRelay.typing(conversation, frame, fromVisitor);
    }

    /** Passes a typing indicator that another node heard to this node's connections. */
    void typingFromElsewhere(
            Connection from, ConversationId conversation, ServerFrames.Typing frame, boolean fromVisitor) {
        for (Connection connection : followers.concerned(conversation, fromVisitor)) {
            if (connection != from) {
                EventFrames.typing(connection, conversation, frame, fromVisitor);
            }
        }
    }

    /** Who else hears of typing on this node's connections: the other nodes, in a cluster. */
    void relayTypingTo(TypingRelay relay) {
        this.typingRelay = relay;
    }

    /** Hears of typing on this node's connections. */
    @FunctionalInterface
    interface TypingRelay {
        void typing(ConversationId conversation, ServerFrames.Typing frame, boolean fromVisitor);
    }

    /**
     * News may have been missed (the connection that hears the other nodes was lost): every inbox reads its snapshot
     * afresh, and every followed conversation is brought up to what the database holds.
     */
    void resync() {
        int resynced = 0;
        for (Connection connection : connections) {
            connection.resync();
            resynced++;
        }
        LOG.info("event=websocket_resync connections=" + resynced);
        catchUpFollowed(true);
    }

    /**
     * Brings the conversations this node's connections follow up to what the database holds, when they are behind
     * it (or always, with {@code always}): a safety net for news another node committed but never told.
     *
     * @return how many conversations were behind
     */
    int catchUpFollowed(boolean always) {
        return stopping ? 0 : catchUp.run(always);
    }

    /**
     * Closes the connections of agent sessions that ended, only after the transaction that ended them has committed:
     * 4002 {@code removed} when the agent was removed from the team (every connection of theirs), otherwise 4001
     * {@code signed_out}.
     */
    void onSessionsEnded(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketAgentSessions.SessionsEnded ended) {
        sessions.ended(ended);
    }

    /** The agent sessions this node's connections belong to. */
    Set<SessionTokenHash> agentSessions() {
        return sessions.open();
    }

    /**
     * Closes the connections of sessions found ended without this node being told (its news was lost), with 4001
     * {@code signed_out}: the inbox signs in again or reconnects under its session's new token.
     *
     * @return how many connections were closed
     */
    int closeSessions(Set<SessionTokenHash> ended) {
        return sessions.close(ended);
    }

    /** Moves the connections of a rotated session to its new token, once the rotation has committed. */
    void onSessionRotated(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketAgentSessions.SessionRotated rotated) {
        sessions.rotated(rotated);
    }

    int size() {
        return connections.size();
    }

    /** Tells every inbox that the tag list changed, only after the transaction that changed it has committed. */
    void onTagsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketTagsPublisher.TagsChanged changed) {
        for (Connection connection : connections) {
            EventFrames.tagsChanged(connection);
        }
    }

    /** Tells every inbox that the macros changed, only after the transaction that changed them has committed. */
    void onMacrosChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketMacrosPublisher.MacrosChanged changed) {
        for (Connection connection : connections) {
            EventFrames.macrosChanged(connection);
        }
    }

    /**
     * Tells the inboxes that have a new note's ticket open, and those of the agents it mentions, only after the
     * transaction that added it has committed; visitors' connections never.
     */
    void onNote(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketNotePublisher.NoteAdded added) {
        NoteJson json = NoteJson.of(added.note());
        ServerFrames.NoteAdded note = new ServerFrames.NoteAdded(json);
        ServerFrames.Mentioned mention = new ServerFrames.Mentioned(json);
        Set<AgentId> mentioned =
                added.note().mentions().stream().map(NoteView.Mentioned::id).collect(Collectors.toSet());
        for (Connection connection : connections) {
            EventFrames.note(connection, added.note().conversation(), mentioned, note, mention);
        }
    }

    /** Tells every inbox that a profile changed, only after the transaction that changed it has committed. */
    void onProfileNews(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileNews news) {
        ServerFrames.ProfileChanged frame = new ServerFrames.ProfileChanged(
                news.profile().toString(), news.visitor().toString());
        for (Connection connection : connections) {
            EventFrames.profileNews(connection, frame);
        }
    }

    /**
     * Tells every widget and every inbox that the settings changed, only after the transaction that changed them has
     * committed.
     */
    void onSettingsChanged(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketSettingsPublisher.SettingsChanged changed) {
        for (Connection connection : connections) {
            EventFrames.settingsChanged(connection, changed.waitingThresholdSeconds());
        }
    }

    /**
     * Tells the connections that follow the conversation or watch the inbox of the news, only after the transaction
     * that made it has committed: read once for all of them (see {@link NewsFanOut}).
     */
    void onNews(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationNews news) {
        if (!stopping) {
            fanOut.publish(news);
        }
    }
}
