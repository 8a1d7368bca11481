package dev.parley.server;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Stops every {@link BackgroundWorker} as soon as the web application starts stopping, before its executor, its beans
 * and the database go away: a round already running finishes against a database that is still there, and none starts
 * after it.
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
        int stopped = 0;
        for (BackgroundWorker worker : workers) {
            worker.stop();
            stopped++;
        }
        int count = stopped;
        LOG.info(() -> "event=workers_stopped workers=" + count);
    }
}
