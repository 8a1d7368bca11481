package dev.parley.server;

/**
 * A worker that runs rounds in the background (emails, webhooks, handoffs, text messages, clean-ups). Each is stopped
 * as soon as the web application starts stopping ({@link WorkersShutdown}).
 */
public interface BackgroundWorker {

    /** Stops the rounds, letting one already running finish. Stopping twice does nothing. */
    void stop();
}
