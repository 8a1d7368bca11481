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
public final class Rounds {

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
     * meet the database going away; rounds halted already are not waited for again. Stopping twice does nothing.
     *
     * @return whether no round is running any more
     */
    boolean stop() {
        synchronized (this) {
            if (stopped) {
                // Halted already, when Parley began stopping, and waited for then: not waited for a second time.
                return running == 0;
            }
        }
        halt();
        return awaitIdle(System.nanoTime() + PATIENCE.toNanos());
    }

    /** Starts no more rounds; one already running goes on (see {@link #awaitIdle(long)}). */
    synchronized void halt() {
        stopped = true;
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }

    /**
     * Waits until no round is running, at most until the deadline.
     *
     * @param deadline a {@link System#nanoTime()} to wait until at most
     * @return whether no round is running any more
     */
    synchronized boolean awaitIdle(long deadline) {
        try {
            while (running > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    int still = running;
                    LOG.warning(() -> "event=worker_stop_timed_out rounds=" + failureEvent + " running=" + still);
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            LOG.warning(() -> "event=worker_stop_interrupted rounds=" + failureEvent);
            return running == 0;
        }
        return true;
    }

    /**
     * Logs the failure of one item of a round (one delivery, one send), which the round goes on past: with its stack
     * trace, unless the rounds are stopping and what it needed is going away.
     */
    void itemFailed(String event, RuntimeException failed) {
        if (stopping()) {
            LOG.info(() -> "event=" + event + " stopping=true error="
                    + failed.getClass().getSimpleName());
        } else {
            LOG.log(
                    Level.WARNING,
                    "event=" + event + " error=" + failed.getClass().getSimpleName(),
                    failed);
        }
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
            // A failure while stopping is what the round needed going away: expected, and no stack trace.
            itemFailed(failureEvent, failed);
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
