package dev.parley.server;

/**
 * A worker that runs rounds in the background (emails, webhooks, handoffs, text messages, clean-ups). Every one is
 * halted as soon as the web application starts stopping, and then waited for ({@link WorkersShutdown}); each must be
 * {@code @ApplicationScoped}, so that the one halted is the one running.
 */
public interface BackgroundWorker {

    /** The worker's rounds. */
    Rounds rounds();

    /** Starts no more rounds; one already running goes on. */
    default void halt() {
        rounds().halt();
    }

    /**
     * Waits until no round is running, at most until the deadline.
     *
     * @param deadline a {@link System#nanoTime()} to wait until at most
     * @return whether no round is running any more
     */
    default boolean awaitIdle(long deadline) {
        return rounds().awaitIdle(deadline);
    }
}
