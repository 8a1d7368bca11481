package dev.parley.application.shared;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Two nodes on one database, for the tests of work both may do at once, told one step after the other: the other
 * node's work comes just after this node's next read, as if both had read at the same moment; unless this node's
 * transaction locked the store's settings row before, and then the other node's work waits, as the database would
 * keep it waiting, until that transaction has ended. The in-memory fakes say where they read and where they lock.
 */
public final class TwoNodes {

    private Runnable otherNode;
    private boolean storeLocked;
    private final Deque<Runnable> waitingForTheStore = new ArrayDeque<>();

    /** The other node does {@code work}, in a transaction of its own, just after this node's next read. */
    public void meanwhile(Runnable work) {
        otherNode = Objects.requireNonNull(work, "work");
    }

    /** Runs {@code work} as one transaction: once it ends, the store's row is free and the work that waited runs. */
    public void transaction(Runnable work) {
        try {
            work.run();
        } finally {
            storeLocked = false;
            while (!storeLocked && !waitingForTheStore.isEmpty()) {
                transaction(waitingForTheStore.poll());
            }
        }
    }

    /** The running transaction locks the store's settings row until it ends. */
    public void lockTheStore() {
        storeLocked = true;
    }

    /** The running transaction read: the other node's work comes now, or waits for the store's row if it is locked. */
    public void read() {
        Runnable work = otherNode;
        otherNode = null;
        if (work == null) {
            return;
        }
        if (storeLocked) {
            waitingForTheStore.add(work);
        } else {
            transaction(work);
        }
    }
}
