package dev.parley.adapters.websocket;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks one at a time, in the order given, on a shared pool: everything a connection prepares to send goes
 * through one of these, so its frames never interleave and a slow client holds up nobody else's delivery. It holds
 * at most {@code maxTasks} waiting tasks, and once stopped (the connection closed) it drops what waits and runs
 * nothing more, so no database query runs for a connection that is gone.
 */
final class SerialExecutor {

    private static final Logger LOG = Logger.getLogger(SerialExecutor.class.getName());

    private final Executor pool;
    private final int maxTasks;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean scheduled;
    private volatile boolean stopped;

    SerialExecutor(Executor pool, int maxTasks) {
        this.pool = pool;
        this.maxTasks = maxTasks;
    }

    /**
     * Queues a task after everything queued before it.
     *
     * @return false, running nothing, when the executor is stopped or already holds {@code maxTasks} waiting tasks
     */
    boolean execute(Runnable task) {
        synchronized (tasks) {
            if (stopped || tasks.size() >= maxTasks) {
                return false;
            }
            tasks.add(task);
            if (scheduled) {
                return true;
            }
            scheduled = true;
        }
        try {
            pool.execute(this::drain);
            return true;
        } catch (RejectedExecutionException stopping) {
            // The pool is going away with the application: so is this connection.
            stop();
            synchronized (tasks) {
                scheduled = false;
            }
            return false;
        }
    }

    /** Drops every waiting task; nothing more runs, and a task running now is told by {@link #isStopped()}. */
    void stop() {
        synchronized (tasks) {
            stopped = true;
            tasks.clear();
        }
    }

    boolean isStopped() {
        return stopped;
    }

    private void drain() {
        Runnable task;
        while ((task = next()) != null) {
            try {
                task.run();
            } catch (RuntimeException failed) {
                if (!stopped) {
                    LOG.log(Level.WARNING, "event=websocket_task_failed", failed);
                }
            }
        }
    }

    private Runnable next() {
        synchronized (tasks) {
            Runnable task = stopped ? null : tasks.poll();
            if (task == null) {
                scheduled = false;
            }
            return task;
        }
    }
}
