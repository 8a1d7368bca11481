package dev.parley.server;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A background worker's rounds: one task run again and again on the server's managed scheduled executor, a fixed
 * delay apart, until stopped. A round that fails is logged ({@code event=<failure event> error=<class>}) and the next
 * one runs, since an exception thrown out of a round would end the schedule. Every worker's rounds stop as soon as
 * the web application starts stopping ({@link WorkersShutdown}), while the database is still there.
 */
final class Rounds {

    private static final Logger LOG = Logger.getLogger(Rounds.class.getName());
    /** The longest a stop waits for a running round: the database it uses goes away soon after. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final String failureEvent;
    private final Runnable round;
    private ScheduledFuture<?> scheduled;
    private boolean stopped;
    private int running;

    /**
     * @param failureEvent the {@code event} a failed round logs, e.g. {@code notification_round_failed}
     * @param round one round of the worker's work
     */
    Rounds(String failureEvent, Runnable round) {
        this.failureEvent = failureEvent;
        this.round = round;
    }

    /**
     * Starts the rounds, the first one period from now.
     *
     * @return whether they started now (false when they were running already)
     */
    synchronized boolean start(ScheduledExecutorService scheduler, Duration period) {
        if (scheduled != null) {
            return false;
        }
        stopped = false;
        long millis = Math.max(1, period.toMillis());
        scheduled = scheduler.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
        return true;
    }

    /**
     * Stops the rounds, waiting up to {@link #PATIENCE} for a round already running to finish, so that it does not
     * meet the database going away. Stopping twice does nothing.
     *
     * @return whether no round is running any more
     */
    synchronized boolean stop() {
        stopped = true;
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (running > 0) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    LOG.warning(() ->
                            "event=" + failureEvent + " still_running=" + running + " after_ms=" + PATIENCE.toMillis());
                    return false;
                }
                wait(left);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return running == 0;
        }
        return true;
    }

    /** One round, its failure logged rather than thrown; none once stopped. */
    void runOnce() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            running++;
        }
        try {
            round.run();
        } catch (RuntimeException failed) {
            if (stopping()) {
                // What the round needed went away with the stop: expected, and no stack trace.
                LOG.info(() -> "event=" + failureEvent + " stopping=true error="
                        + failed.getClass().getSimpleName());
            } else {
                LOG.log(
                        Level.WARNING,
                        "event=" + failureEvent + " error=" + failed.getClass().getSimpleName(),
                        failed);
            }
        } finally {
            synchronized (this) {
                running--;
                notifyAll();
            }
        }
    }

    /** Whether the rounds are stopping: a round that goes on batch after batch ends early. */
    synchronized boolean stopping() {
        return stopped;
    }
}
