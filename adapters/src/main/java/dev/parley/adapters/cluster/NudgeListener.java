package dev.parley.adapters.cluster;

import dev.parley.application.cluster.port.Nudge;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the other nodes' nudges, on a thread of its own: one connection of the node's own (never from a pool: LISTEN
 * belongs to a session) listens on the channel, waits for notifications at most half a second at a time, and proves
 * itself alive with a {@code SELECT 1} under a short timeout every few seconds. When the connection is lost it is made
 * again with a growing pause, and the receivers are told to resync. The node's own nudges are ignored.
 */
final class NudgeListener implements Runnable {

    private static final Logger LOG = Logger.getLogger(NudgeListener.class.getName());
    private static final String CHANNEL = PostgreSqlNudges.CHANNEL;
    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Duration ALIVE_CHECK = Duration.ofSeconds(5);
    private static final int ALIVE_CHECK_TIMEOUT_SECONDS = 2;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    /** How often another node is said to be there, at most, however many payloads come from it. */
    static final long HEARD_FROM_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The most senders remembered at once; beyond it they are forgotten together and told of again. */
    static final int MOST_SENDERS = 256;

    private final String node;
    private final String instance;
    private final PostgreSqlNudges.Connector connector;
    private volatile Consumer<Nudge> nudged = nudge -> {};
    private volatile Runnable resync = () -> {};
    private volatile Consumer<String> heardFrom = from -> {};
    /** When each sender was last told of, by the one thread that hears (bounded: names may be made up). */
    private final Map<String, Long> lastHeard = new HashMap<>();

    private final LongSupplier nanoTime;
    private volatile boolean stopped;
    private volatile Connection listening;
    private final AtomicLong nudgesReceived = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();

    /**
     * @param node the node's name, for its connection's application name
     * @param instance this start of the node, as its payloads name it
     */
    NudgeListener(String node, String instance, PostgreSqlNudges.Connector connector) {
        this(node, instance, connector, System::nanoTime);
    }

    NudgeListener(String node, String instance, PostgreSqlNudges.Connector connector, LongSupplier nanoTime) {
        this.node = node;
        this.instance = instance;
        this.connector = connector;
        this.nanoTime = nanoTime;
    }

    void receive(Consumer<Nudge> nudged, Runnable resync) {
        this.nudged = nudged;
        this.resync = resync;
    }

    void heardFrom(Consumer<String> heard) {
        this.heardFrom = heard;
    }

    @Override
    public void run() {
        listen();
    }

    /** Stops hearing: the connection is closed, and the thread ends at its next turn. */
    void stop() {
        stopped = true;
        PostgreSqlNudges.closeQuietly(listening, "listener");
    }

    long nudgesReceived() {
        return nudgesReceived.get();
    }

    long reconnects() {
        return reconnects.get();
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        boolean heardBefore = false;
        while (!stopped) {
            Connection connection = null;
            try {
                connection = connector.connect("parley-listener-" + node);
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = connection;
                if (heardBefore) {
                    reconnects.incrementAndGet();
                    LOG.info(() -> "event=cluster_listener_back node=" + node);
                    resyncReceivers();
                }
                heardBefore = true;
                pause = FIRST_PAUSE;
                hear(connection);
            } catch (SQLException | RuntimeException | LinkageError lost) {
                if (!stopped) {
                    LOG.log(
                            Level.WARNING,
                            "event=cluster_listener_lost node=" + node + " retry_ms=" + pause.toMillis(),
                            lost);
                }
            } finally {
                listening = null;
                PostgreSqlNudges.closeQuietly(connection, "listener");
            }
            if (!stopped) {
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void hear(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (!stopped) {
            PGNotification[] notifications = postgres.getNotifications((int) WAIT.toMillis());
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    heard(notification.getParameter());
                }
            }
            if (System.nanoTime() - lastCheck > ALIVE_CHECK.toNanos()) {
                try (Statement statement = connection.createStatement()) {
                    statement.setQueryTimeout(ALIVE_CHECK_TIMEOUT_SECONDS);
                    statement.execute("SELECT 1");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    /** Hands another node's payload to the receiver, a nudge at a time. */
    void heard(String payload) {
        int header = payload.indexOf('\n');
        String from = header < 0 ? payload : payload.substring(0, header);
        if (from.equals(instance) || header < 0) {
            return;
        }
        for (String line : payload.substring(header + 1).split("\n", -1)) {
            Optional<Nudge> nudge = NudgeCodec.decode(line);
            if (nudge.isEmpty()) {
                LOG.warning(() -> "event=cluster_nudge_unreadable from=" + from + " kind="
                        + (line.isEmpty() ? "" : line.substring(0, 1)));
                continue;
            }
            if (nudge.get() instanceof Nudge.NodeLeaving leaving
                    && !leaving.node().equals(from)) {
                // A node says only that it is leaving itself.
                LOG.warning(() -> "event=cluster_nudge_refused from=" + from + " kind=l");
                continue;
            }
            nudgesReceived.incrementAndGet();
            try {
                nudged.accept(nudge.get());
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "event=cluster_nudge_failed from=" + from, failed);
            }
        }
        // After its nudges, which never wait for it; once a second per node is enough to tell it is there.
        long now = nanoTime.getAsLong();
        Long last = lastHeard.get(from);
        if (last == null || now - last >= HEARD_FROM_EVERY_NANOS) {
            if (last == null && lastHeard.size() >= MOST_SENDERS) {
                lastHeard.clear();
            }
            lastHeard.put(from, now);
            try {
                heardFrom.accept(from);
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "event=cluster_heard_from_failed from=" + from, failed);
            }
        }
    }

    private void resyncReceivers() {
        try {
            resync.run();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=cluster_resync_failed node=" + node, failed);
        }
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
