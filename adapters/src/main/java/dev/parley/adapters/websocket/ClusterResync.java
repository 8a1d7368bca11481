package dev.parley.adapters.websocket;

import dev.parley.application.settings.port.in.RefreshSettingsUseCase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reading everything afresh, on one node of a cluster, for news it may have missed: after its listener was lost, and
 * when another node is taken for gone (which may have died between its commits and their nudges). Every settings
 * section is read again, every inbox gets its snapshot afresh and every followed conversation is brought up to the
 * database. One resync waits to run at most; those for nodes gone come at most once per gap, however many nodes go or
 * flap, the one owed meanwhile at the gap's end.
 */
final class ClusterResync {

    private static final Logger LOG = Logger.getLogger(ClusterResync.class.getName());

    private final ConnectionRegistry registry;
    private final RefreshSettingsUseCase settings;
    private final Predicate<Runnable> later;
    private final Duration gap;
    private final AtomicBoolean queued = new AtomicBoolean();
    /** Whether a resync is owed for nodes gone; touched by the checks only, which never run at once. */
    private boolean owed;
    /** When the last resync for nodes gone began ({@code null}: never); touched by the checks only. */
    private Long lastForGone;

    /**
     * @param later runs a task on the pool, answering whether the pool took it
     * @param gap the least time between two resyncs for nodes gone
     */
    ClusterResync(
            ConnectionRegistry registry, RefreshSettingsUseCase settings, Predicate<Runnable> later, Duration gap) {
        this.registry = registry;
        this.settings = settings;
        this.later = later;
        this.gap = gap;
    }

    /** Reads everything afresh soon, on the pool; a resync already waiting to run is the one. */
    void soon() {
        if (queued.compareAndSet(false, true)
                && !later.test(() -> {
                    queued.set(false);
                    now();
                })) {
            // Refused: the next one asked for is queued again.
            queued.set(false);
        }
    }

    /**
     * What one safety check found: the nodes it took for gone now, maybe none. A node that died may have taken the
     * news of its last commits with it, a ticket's status, an assignee, a setting, which comparing sequence numbers
     * does not see.
     */
    void checked(List<String> gone) {
        if (!gone.isEmpty()) {
            LOG.info(() -> "event=cluster_nodes_gone nodes=" + gone.size());
            owed = true;
        }
        long at = System.nanoTime();
        if (owed && (lastForGone == null || at - lastForGone >= gap.toNanos())) {
            owed = false;
            lastForGone = at;
            LOG.info("event=cluster_resync reason=nodes_gone");
            soon();
        }
    }

    private void now() {
        if (!registry.accepting()) {
            // This node is stopping: its clients are being let go, and what they would read is going away.
            return;
        }
        try {
            // What was missed may be any settings' change too: every section is read again.
            settings.refreshAll();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=cluster_settings_refresh_failed", failed);
        }
        try {
            registry.resync();
        } catch (RuntimeException failed) {
            // The safety check brings the followed conversations up within its period all the same.
            LOG.log(Level.WARNING, "event=cluster_resync_failed", failed);
        }
    }
}
