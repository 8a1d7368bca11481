package dev.parley.server.incontainer;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Transactions for the in-container tests, as the application's services have them: each piece of work commits on
 * its own (so that what it wrote is really in the database, and locks really are held until it ends), or rolls
 * back when it throws. Work for other threads goes through the server's managed executor, whose threads can begin
 * transactions too.
 */
final class Tx {

    /** How long a piece of work on another thread may take. */
    static final long PATIENCE_SECONDS = 30;

    /** A piece of work that may throw anything. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private Tx() {}

    /** Runs {@code work} in a transaction of its own and commits it. */
    static <T> T call(Callable<T> work) {
        UserTransaction tx = lookup("java:comp/UserTransaction", UserTransaction.class);
        try {
            tx.begin();
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception failed) {
            rollBack(tx, failed);
            throw failed instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed);
        }
    }

    /** Runs {@code work} in a transaction of its own and commits it. */
    static void run(Work work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Starts {@code work} on another thread of the server, in a transaction of its own. */
    static <T> Future<T> elsewhere(Callable<T> work) {
        ManagedExecutorService executor =
                lookup("java:comp/DefaultManagedExecutorService", ManagedExecutorService.class);
        return executor.submit(() -> call(work));
    }

    /** The result of work started elsewhere, failing the test if it does not end in time. */
    static <T> T await(Future<T> running) {
        try {
            return running.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException(failed.getCause());
        } catch (TimeoutException slow) {
            throw new AssertionError("Work on another thread took more than " + PATIENCE_SECONDS + " s", slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void rollBack(UserTransaction tx, Exception cause) {
        try {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
        }
    }

    // The names are the server's own fixed java:comp resources, never input from a request.
    @SuppressWarnings("BanJNDI")
    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(InitialContext.doLookup(name));
        } catch (NamingException missing) {
            throw new IllegalStateException("No " + name + " in the server", missing);
        }
    }
}
