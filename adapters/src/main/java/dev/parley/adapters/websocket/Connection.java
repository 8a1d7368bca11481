package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.adapters.wire.MessageJson;
import dev.parley.adapters.wire.SystemNotices;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open WebSocket and what it has been sent. For each conversation it follows, it remembers the last sequence
 * number delivered; news only makes it take the messages after that number, from the page that {@link NewsFanOut}
 * read once for every follower or, when that page does not reach back far enough, from the database itself, so a
 * missed or repeated nudge never loses or doubles a message.
 *
 * <p>What it sends is prepared by a {@link SerialExecutor} (one task at a time, on the shared pool) and written by an
 * {@link Outbox} (asynchronous writes, bounded). A connection that falls behind past either bound is closed with 4009
 * {@code too_slow}; once closed, whatever was queued for it is dropped and no more of its tasks run, so a client that
 * is gone costs no database query.
 */
final class Connection {

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());

    /** Which endpoint a connection was opened on. */
    enum Side {
        /** {@code /ws/visitor} */
        VISITOR,
        /** {@code /ws/agent} */
        AGENT
    }

    /** How many messages one database query fetches when a connection catches up. */
    static final int PAGE = 50;

    private final Session session;
    private final Side side;
    private final SerialExecutor tasks;
    private final Outbox outbox;
    private final Executor pool;
    private final ConversationHistoryQuery history;
    private final Map<ConversationId, Long> delivered = new ConcurrentHashMap<>();
    private final Map<ConversationId, String> receipts = new ConcurrentHashMap<>();
    /** How far each followed conversation's news was handed to this connection, sent or still queued. */
    private final Map<ConversationId, Long> announced = new ConcurrentHashMap<>();

    private volatile AgentId inboxViewer;
    private volatile Runnable resync;
    private final AgentTie owner = new AgentTie();
    private volatile Locale locale = Locale.ENGLISH;
    private volatile long lastHeard = System.nanoTime();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Consumer<Connection> whenClosed;
    private final FollowerIndex index;
    private final Map<ConnectionCaps.Kind, String> counted = new ConcurrentHashMap<>();

    Connection(
            Session session,
            Side side,
            Executor pool,
            SendQueueBounds bounds,
            ConversationHistoryQuery history,
            FollowerIndex index,
            Consumer<Connection> whenClosed) {
        this.session = session;
        this.index = index;
        this.whenClosed = whenClosed;
        this.side = side;
        this.pool = pool;
        this.tasks = new SerialExecutor(pool, bounds.maxTasks());
        this.outbox = new Outbox(this::writeAsync, bounds.maxFrames(), bounds.maxBytes(), this::tooSlow, failed -> {
            LOG.log(Level.FINE, "event=websocket_send_failed session=" + session.getId(), failed);
            close(CloseCodes.NORMAL);
        });
        this.history = history;
    }

    /** The bounds of a connection's send queue (see {@link WebSocketLimits}). */
    record SendQueueBounds(int maxFrames, long maxBytes, int maxTasks) {}

    /** The container's id of the socket, unique among open ones. */
    String id() {
        return session.getId();
    }

    /** A frame arrived: the connection is not idle. */
    void heard() {
        lastHeard = System.nanoTime();
    }

    /** Whether no frame arrived within {@code idleNanos} before {@code nowNanos} ({@link System#nanoTime()}). */
    boolean idleSince(long nowNanos, long idleNanos) {
        return nowNanos - lastHeard > idleNanos;
    }

    /** Notes that this connection counts towards a cap under a key, so that closing it gives the place back. */
    void counts(ConnectionCaps.Kind kind, String key) {
        counted.put(kind, key);
    }

    /** The caps this connection counts towards, by kind. */
    Map<ConnectionCaps.Kind, String> counted() {
        return counted;
    }

    /** From now on, Parley's notices are worded in this language (a visitor's, from their {@code hello}). */
    void speaks(Locale language) {
        locale = language;
    }

    /** Queues a frame after everything queued before it. */
    void send(Object frame) {
        queue(() -> write(ServerFrames.toJson(frame)));
    }

    /**
     * Queues a frame that is computed only when its turn comes, such as a snapshot that news queued after it must
     * follow.
     */
    void sendWhenDue(Supplier<Object> frame) {
        queue(() -> write(ServerFrames.toJson(frame.get())));
    }

    /**
     * Follows a conversation: sends every message after {@code afterSeq}, then live ones. Following one it follows
     * already starts again from {@code afterSeq} in the connection's turn, after what was queued before (an earlier
     * catch-up of it may still be recording how far it went): every message after {@code afterSeq} follows the frames
     * queued before this call, once.
     */
    void follow(ConversationId conversation, long afterSeq) {
        index.follow(conversation, this);
        delivered.putIfAbsent(conversation, afterSeq);
        if (closing.get()) {
            index.unfollow(conversation, this); // closed meanwhile: its end may have missed this one
        }
        queue(() -> {
            delivered.computeIfPresent(conversation, (id, before) -> afterSeq);
            pull(conversation, Long.MAX_VALUE);
        });
        queue(() -> pushReceipt(conversation));
    }

    void unfollow(ConversationId conversation) {
        delivered.remove(conversation);
        receipts.remove(conversation);
        announced.remove(conversation);
        index.unfollow(conversation, this);
    }

    boolean follows(ConversationId conversation) {
        return delivered.containsKey(conversation);
    }

    /**
     * How far a followed conversation is known to this connection: sent, or handed to it to send; {@code null} when
     * it does not follow the conversation.
     */
    Long knownIn(ConversationId conversation) {
        Long have = delivered.get(conversation);
        if (have == null) {
            return null;
        }
        Long handed = announced.get(conversation);
        return handed == null ? have : Math.max(have, handed);
    }

    /** The conversations this connection follows now. */
    Set<ConversationId> following() {
        return Set.copyOf(delivered.keySet());
    }

    /** What the connection does to read everything afresh when news may have been missed (an inbox's snapshot). */
    void resyncWith(Runnable resync) {
        this.resync = resync;
    }

    /** Reads everything afresh, if the connection knows how: news may have been missed. */
    void resync() {
        Runnable afresh = resync;
        if (afresh != null && live()) {
            afresh.run();
        }
    }

    /** From now on, every ticket change is sent as a {@code ticket} frame, as the given agent sees it. */
    void watchInbox(AgentId viewer) {
        inboxViewer = viewer;
        index.watch(this);
        if (closing.get()) {
            index.leave(this, Set.of());
        }
    }

    /** The sequence number last sent of a conversation this connection follows; {@code null} when it does not. */
    Long deliveredIn(ConversationId conversation) {
        return delivered.get(conversation);
    }

    /** Which endpoint the connection was opened on. */
    Side side() {
        return side;
    }

    /** The agent whose inbox this connection shows, or {@code null} when it shows none (yet). */
    AgentId inboxViewer() {
        return inboxViewer;
    }

    /**
     * Brings a followed conversation up to {@code upTo} in this connection's turn: the messages after the last one
     * sent are taken from the shared page when it starts early enough, and the rest (all of them, for a connection
     * that fell behind) read from the database; then the read receipts are sent if they moved.
     *
     * @param page the messages one read found for every follower, or {@code null} when none was read
     * @param receipt the conversation's {@code receipt} frame as read with the news
     */
    void catchUp(ConversationId conversation, long upTo, NewsFanOut.SharedPage page, String receipt) {
        if (delivered.containsKey(conversation)) {
            announced.merge(conversation, upTo, Math::max);
        }
        queue(() -> {
            Long have = delivered.get(conversation);
            if (have == null || !live()) {
                return;
            }
            if (have < upTo && page != null && have >= page.after()) {
                List<MessageView> messages = page.messages();
                List<String> frames = page.frames(reader(), locale);
                for (int i = 0; i < messages.size(); i++) {
                    long seq = messages.get(i).seq();
                    if (seq > have) {
                        if (!write(frames.get(i))) {
                            return;
                        }
                        have = seq;
                    }
                }
                final long reached = have;
                delivered.computeIfPresent(conversation, (id, before) -> Math.max(before, reached));
            }
            if (have < upTo) {
                pull(conversation, upTo);
            }
            sendReceipt(conversation, receipt);
        });
    }

    /**
     * Queues a frame made already that states the latest of something: it replaces the frame of the same key that
     * still waits to be written (see {@link Outbox#offerLatest}).
     */
    void sendLatest(String key, String json) {
        queue(() -> {
            if (live()) {
                outbox.offerLatest(key, json);
            }
        });
    }

    private SystemNotices.Reader reader() {
        return side == Side.VISITOR ? SystemNotices.Reader.VISITOR : SystemNotices.Reader.AGENT;
    }

    /**
     * Closes the connection with one of the {@link CloseCodes}: what is queued for it is dropped and none of its
     * tasks runs any more. Only the first close counts.
     */
    void close(int code) {
        close(CloseCodes.reason(code));
    }

    void close(CloseReason reason) {
        if (!end()) {
            return;
        }
        try {
            session.close(reason);
        } catch (IOException | RuntimeException alreadyGone) {
            LOG.log(Level.FINE, "event=websocket_close_failed session=" + session.getId(), alreadyGone);
        }
    }

    /** The socket closed (by either side): nothing more is prepared or written for it. */
    void closed() {
        end();
    }

    private boolean end() {
        if (!closing.compareAndSet(false, true)) {
            return false;
        }
        index.leave(this, delivered.keySet());
        tasks.stop();
        outbox.close();
        whenClosed.accept(this);
        return true;
    }

    /** Whether the connection is open and not closing: its frames are handled and its tasks run. */
    boolean live() {
        return !closing.get() && session.isOpen();
    }

    /** The agent session this connection belongs to, and its agent: none for a visitor's. */
    AgentTie owner() {
        return owner;
    }

    /** Queues a task after the ones queued before it; a connection whose tasks pile up past the bound is too slow. */
    private void queue(Runnable task) {
        if (!tasks.execute(task) && !tasks.isStopped()) {
            pool.execute(this::tooSlow);
        }
    }

    private void tooSlow() {
        if (!closing.get()) {
            LOG.info(() -> "event=websocket_too_slow session=" + session.getId() + " side=" + side);
            close(CloseCodes.TOO_SLOW);
        }
    }

    /**
     * Sends the messages after the last one delivered, up to {@code upTo}, a page at a time. While the outbox is more
     * than a quarter full, the next page waits until it has been written: catching up on a long conversation never
     * fills the bound by itself, only a client that does not read does.
     */
    private void pull(ConversationId conversation, long upTo) {
        Long have = delivered.get(conversation);
        while (have != null && have < upTo && live()) {
            List<MessageView> page = history.messagesAfter(conversation, have, PAGE);
            for (MessageView message : page) {
                if (!write(ServerFrames.toJson(MessageJson.frame(message, reader(), locale)))) {
                    return;
                }
                have = message.seq();
            }
            final long reached = have;
            delivered.computeIfPresent(conversation, (id, before) -> Math.max(before, reached));
            if (page.size() < PAGE) {
                return;
            }
            if (!outbox.lessThanAQuarterFull()) {
                outbox.whenEmpty(() -> queue(() -> pull(conversation, upTo)));
                return;
            }
        }
    }

    /** Sends the conversation's read receipts when they moved since this connection last heard of them. */
    private void pushReceipt(ConversationId conversation) {
        if (!delivered.containsKey(conversation) || !live()) {
            return;
        }
        sendReceipt(conversation, ServerFrames.toJson(ServerFrames.Receipt.of(history.conversation(conversation))));
    }

    private void sendReceipt(ConversationId conversation, String receipt) {
        if (delivered.containsKey(conversation) && live() && !receipt.equals(receipts.put(conversation, receipt))) {
            write(receipt);
        }
    }

    /** Hands a frame to the outbox; false when the connection is closed or just closed for being too slow. */
    private boolean write(String json) {
        return live() && outbox.offer(json);
    }

    private void writeAsync(String json, Consumer<Throwable> done) {
        try {
            session.getAsyncRemote()
                    .sendText(json, result -> done.accept(result.isOK() ? null : result.getException()));
        } catch (RuntimeException closedMeanwhile) {
            done.accept(closedMeanwhile);
        }
    }
}
