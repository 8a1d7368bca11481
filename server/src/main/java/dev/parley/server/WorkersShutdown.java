package dev.parley.server;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Stops every {@link BackgroundWorker} as soon as the web application starts stopping, before its executor, its beans
 * and the database go away: a round already running finishes against a database that is still there (waited for up to
 * {@link Rounds#PATIENCE} in all), and none starts after it.
 */
@WebListener
public class WorkersShutdown implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(WorkersShutdown.class.getName());

    private Instance<BackgroundWorker> workers;

    /** Injected through a method: the servlet container creates listeners through their public no-arg constructor. */
    @Inject
    void use(@Any Instance<BackgroundWorker> all) {
        this.workers = all;
    }

    @Override
    public void contextDestroyed(ServletContextEvent stopping) {
        stopAll(workers, Rounds.PATIENCE);
    }

    /**
     * Halts every worker first, then waits for all of them together: a stop waits for the slowest round, not for the
     * sum of them, and no worker starts a round while another is waited for.
     *
     * @return how many workers have no round running any more
     */
    static int stopAll(Iterable<BackgroundWorker> all, Duration patience) {
        List<BackgroundWorker> halted = new ArrayList<>();
        for (BackgroundWorker worker : all) {
            worker.halt();
            halted.add(worker);
        }
        long deadline = System.nanoTime() + patience.toNanos();
        int idle = 0;
        for (BackgroundWorker worker : halted) {
            if (worker.awaitIdle(deadline)) {
                idle++;
            }
        }
        int count = halted.size();
        int done = idle;
        LOG.info(() -> "event=workers_stopped workers=" + count + " idle=" + done);
        return idle;
    }
}
