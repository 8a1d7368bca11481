package dev.parley.adapters.cluster;

import dev.parley.application.cluster.port.Nudge;
import dev.parley.application.cluster.port.out.NodeNudgesPort;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.Driver;

/**
 * Nudges between nodes through PostgreSQL's LISTEN/NOTIFY.
 *
 * <p><b>Sending.</b> A nudge is only put aside; at most once per {@code interval} the node's pending nudges go out
 * together as few {@code NOTIFY}s as fit under PostgreSQL's 8,000-byte payload limit, on a connection of their own in
 * autocommit, by a thread of its own, never inside the transaction that made the change (a {@code NOTIFY} in every commit serialises the
 * commits of the whole database). News of one conversation waiting to go out is merged into its latest sequence
 * number, and identical nudges into one. A failed send is tried once more on a new connection, then dropped: a nudge
 * is a hint, and the receivers' periodic check finds what it would have told.
 *
 * <p><b>Hearing</b> ({@link NudgeListener}). One thread keeps a connection of its own (never from a pool: LISTEN belongs to a session) that
 * listens on the channel, waits for notifications at most half a second at a time, and proves the connection alive
 * with a {@code SELECT 1} under a short timeout every few seconds. When the connection is lost it is made again with
 * a growing pause, and the receivers are told to resync: what was sent while nobody listened is read from the
 * database. A node ignores its own nudges.
 */
public final class PostgreSqlNudges implements NodeNudgesPort, AutoCloseable {

    /** The channel every node listens on. */
    static final String CHANNEL = "parley_nudges";
    /** Nudges waiting beyond this many are dropped (and counted): the receivers' periodic check covers them. */
    static final int MAX_PENDING = 20_000;

    private static final Logger LOG = Logger.getLogger(PostgreSqlNudges.class.getName());

    /** Makes a new, unpooled connection to the shared database. */
    @FunctionalInterface
    public interface Connector {
        Connection connect(String applicationName) throws SQLException;
    }

    /**
     * Connections made by PostgreSQL's driver itself, never from a pool: with TCP keep-alive, and the name of what
     * they are for as their application name, so that {@code pg_stat_activity} tells them apart.
     */
    public static Connector connector(String url, String user, String password) {
        Driver driver = new Driver();
        return applicationName -> {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            properties.setProperty("tcpKeepAlive", "true");
            properties.setProperty(
                    "ApplicationName", applicationName.substring(0, Math.min(63, applicationName.length())));
            properties.setProperty("connectTimeout", "10");
            // A half-open connection (a failover without a reset) fails within this, not after TCP's keep-alive.
            properties.setProperty("socketTimeout", "15");
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw new SQLException("Not a PostgreSQL URL", "08001");
            }
            return connection;
        };
    }

    private final String node;
    /** This start of the node: its name and a random part, so that two nodes given one name still hear each other. */
    private final String instance;

    private final Connector connector;
    private final ThreadFactory threads;
    private final Duration interval;

    private final Object lock = new Object();
    /** Held while a flush sends, so that flushes never overlap. */
    private final Object flushing = new Object();
    /** Guards the sending connection apart from the pending nudges, so that a slow connect never holds up a send. */
    private final Object senderLock = new Object();

    private final Map<String, String> pending = new LinkedHashMap<>();
    private volatile long lastFlushNanos;
    private Connection sender;

    private volatile boolean running;
    private final NudgeListener hearing;
    private Thread listener;
    private Thread sending;

    private final AtomicLong nudgesSent = new AtomicLong();
    private final AtomicLong notifiesSent = new AtomicLong();
    private final AtomicLong nudgesDropped = new AtomicLong();

    /**
     * @param node this node's name, unique in the cluster (it tells its own nudges apart)
     * @param connector makes the two connections of this node's own, sending and listening
     * @param threads makes the listening thread
     * @param interval how long nudges are gathered before they go out together
     */
    public PostgreSqlNudges(String node, Connector connector, ThreadFactory threads, Duration interval) {
        if (node.isBlank() || node.contains("\n")) {
            throw new IllegalArgumentException("A node's name is one word");
        }
        this.node = node;
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        this.instance = node + "#" + HexFormat.of().formatHex(random);
        this.hearing = new NudgeListener(node, instance, connector);
        this.connector = connector;
        this.threads = threads;
        this.interval = interval;
    }

    /** Starts hearing the other nodes. */
    public void start() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
            listener = threads.newThread(hearing);
            listener.setName("parley-listener-" + node);
            listener.setDaemon(true);
            listener.start();
            sending = threads.newThread(this::sendWhileRunning);
            sending.setName("parley-sender-" + node);
            sending.setDaemon(true);
            sending.start();
        }
        LOG.info(() -> "event=cluster_started node=" + node + " interval_ms=" + interval.toMillis());
    }

    @Override
    public boolean clustered() {
        return true;
    }

    @Override
    public void receive(Consumer<Nudge> nudged, Runnable resync) {
        hearing.receive(nudged, resync);
    }

    @Override
    public void heardFrom(Consumer<String> heard) {
        hearing.heardFrom(heard);
    }

    @Override
    public void send(Nudge nudge) {
        String line = NudgeCodec.encode(nudge);
        String key = nudge instanceof Nudge.ConversationNews news ? "c|" + news.conversation() : line;
        synchronized (lock) {
            if (!running) {
                return;
            }
            String waiting = pending.get(key);
            if (waiting == null && pending.size() >= MAX_PENDING) {
                nudgesDropped.incrementAndGet();
                return;
            }
            // The latest goes last: a presence or a setting that changed twice ends as it ended here.
            pending.remove(key);
            pending.put(key, waiting == null ? line : NudgeCodec.later(waiting, line, nudge));
            lock.notifyAll();
        }
    }

    /**
     * The sending thread: waits for nudges, gathers them for what is left of the interval since the last send, sends
     * them together; a thread of its own, so that a busy pool never holds the nudges back.
     */
    private void sendWhileRunning() {
        while (running) {
            try {
                synchronized (lock) {
                    while (running && pending.isEmpty()) {
                        lock.wait();
                    }
                }
                long left = interval.toNanos() - (System.nanoTime() - lastFlushNanos);
                if (left > 0) {
                    TimeUnit.NANOSECONDS.sleep(left);
                }
                flush();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | LinkageError failed) {
                LOG.log(Level.WARNING, "event=cluster_send_failed node=" + node, failed);
            }
        }
    }

    /**
     * Sends what is pending, as few payloads as fit; one flush at a time, so that a stop's last flush comes after the
     * sending thread's.
     */
    void flush() {
        synchronized (flushing) {
            flushPending();
        }
    }

    private void flushPending() {
        List<String> lines;
        synchronized (lock) {
            lastFlushNanos = System.nanoTime();
            lines = new ArrayList<>(pending.values());
            pending.clear();
        }
        if (lines.isEmpty()) {
            return;
        }
        List<String> payloads = NudgeCodec.payloads(instance, lines);
        for (String payload : payloads) {
            if (!notify(payload, true)) {
                nudgesDropped.addAndGet(payload.split("\n", -1).length - 1L);
            }
        }
        nudgesSent.addAndGet(lines.size());
    }

    private boolean notify(String payload, boolean retry) {
        try {
            Connection connection = senderConnection();
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                statement.setString(1, CHANNEL);
                statement.setString(2, payload);
                statement.execute();
            }
            notifiesSent.incrementAndGet();
            return true;
        } catch (SQLException failed) {
            dropSender();
            if (retry) {
                return notify(payload, false);
            }
            LOG.log(
                    Level.WARNING,
                    "event=cluster_nudge_not_sent node=" + node + " sql_state=" + failed.getSQLState(),
                    failed);
            return false;
        }
    }

    private Connection senderConnection() throws SQLException {
        synchronized (senderLock) {
            if (!running) {
                throw new SQLException("The node's nudges are stopped", "08003");
            }
            if (sender == null || sender.isClosed()) {
                sender = connector.connect("parley-sender-" + node);
                sender.setAutoCommit(true);
            }
            return sender;
        }
    }

    private void dropSender() {
        synchronized (senderLock) {
            closeQuietly(sender, "sender");
            sender = null;
        }
    }

    /** How full PostgreSQL's notification queue is, from 0 to 1, when it can be read. */
    public Optional<Double> queueUsage() {
        try (Statement statement = senderConnection().createStatement();
                ResultSet usage = statement.executeQuery("SELECT pg_notification_queue_usage()")) {
            return usage.next() ? Optional.of(usage.getDouble(1)) : Optional.empty();
        } catch (SQLException unreadable) {
            dropSender();
            LOG.log(Level.FINE, "event=cluster_queue_usage_unreadable", unreadable);
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        // What committed before the stop still reaches the others: what waits goes out before the connections close.
        // Then, only if all of it went out, the word that this node is leaving, so that the others need not take it
        // for gone and resync: a lost nudge leaves them to do so.
        long droppedBefore = nudgesDropped.get();
        flush();
        if (nudgesDropped.get() == droppedBefore) {
            send(new Nudge.NodeLeaving(instance));
            flush();
        } else {
            LOG.info(() -> "event=cluster_leaving_not_said node=" + node + " reason=nudges_dropped");
        }
        Thread stopping;
        Thread stoppingSender;
        synchronized (lock) {
            running = false;
            lock.notifyAll();
            stopping = listener;
            stoppingSender = sending;
        }
        synchronized (senderLock) {
            closeQuietly(sender, "sender");
            sender = null;
        }
        hearing.stop();
        if (stopping != null) {
            stopping.interrupt();
        }
        if (stoppingSender != null) {
            stoppingSender.interrupt();
        }
        LOG.info(() -> "event=cluster_stopped node=" + node);
    }

    static void closeQuietly(Connection connection, String which) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException closing) {
            LOG.log(Level.FINE, "event=cluster_connection_close_failed connection=" + which, closing);
        }
    }

    @Override
    public String node() {
        return node;
    }

    @Override
    public String instance() {
        return instance;
    }

    public long nudgesSent() {
        return nudgesSent.get();
    }

    public long notifiesSent() {
        return notifiesSent.get();
    }

    public long nudgesReceived() {
        return hearing.nudgesReceived();
    }

    public long nudgesDropped() {
        return nudgesDropped.get();
    }

    public long listenerReconnects() {
        return hearing.reconnects();
    }
}
