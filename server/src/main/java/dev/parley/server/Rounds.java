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
 * one runs, since an exception thrown out of a round would end the schedule.
 */
final class Rounds {

    private static final Logger LOG = Logger.getLogger(Rounds.class.getName());

    private final String failureEvent;
    private final Runnable round;
    private ScheduledFuture<?> scheduled;

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
        long millis = Math.max(1, period.toMillis());
        scheduled = scheduler.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
        return true;
    }

    /** Stops the rounds; a round already running finishes. Stopping twice does nothing. */
    synchronized void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }

    /** One round, its failure logged rather than thrown. */
    void runOnce() {
        try {
            round.run();
        } catch (RuntimeException failed) {
            LOG.log(
                    Level.WARNING,
                    "event=" + failureEvent + " error=" + failed.getClass().getSimpleName(),
                    failed);
        }
    }
}
