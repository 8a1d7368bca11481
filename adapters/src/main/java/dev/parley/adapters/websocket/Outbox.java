package dev.parley.adapters.websocket;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.Consumer;

/**
 * The frames waiting to be written to one socket, written one at a time without blocking: each write is started
 * with the asynchronous remote and the next one starts when it completes. The queue is bounded in frames and in
 * bytes; a frame that would go over the bound is not queued, the queue is dropped and {@code overflow} runs (the
 * connection closes with 4009 {@code too_slow}; its client resumes from its sequence numbers). A client that stops
 * reading therefore costs the server at most the bound, and never a thread.
 *
 * <p>A frame that states what something is now (a ticket as an inbox shows it) may be offered under a key: it then
 * takes the place of the frame of the same key still waiting, if any, instead of queueing behind it. An agent whose
 * socket falls behind during a burst is therefore sent each ticket's latest state once, not every state it went
 * through, and the queue of a busy inbox stays as long as the number of tickets that changed.
 */
final class Outbox {

    /** Writes one text frame and calls back once it is written (with {@code null}) or failed. */
    @FunctionalInterface
    interface Writer {
        void write(String text, Consumer<Throwable> done);
    }

    private final Writer writer;
    private final int maxFrames;
    private final long maxBytes;
    private final Runnable overflow;
    private final Consumer<Throwable> failure;
    private final Queue<Waiting> frames = new ArrayDeque<>();
    private final Map<String, Waiting> latest = new HashMap<>();
    private final List<Runnable> onEmpty = new ArrayList<>();
    private long bytes;
    private boolean writing;
    private boolean closed;
    private Thread pumping;

    /** A frame waiting its turn, and the key it was offered under ({@code null} for none). */
    private static final class Waiting {

        private final String key;
        private String text;

        Waiting(String key, String text) {
            this.key = key;
            this.text = text;
        }
    }

    /**
     * @param overflow runs once when a frame would go over the bound
     * @param failure runs once when a write fails
     */
    Outbox(Writer writer, int maxFrames, long maxBytes, Runnable overflow, Consumer<Throwable> failure) {
        this.writer = writer;
        this.maxFrames = maxFrames;
        this.maxBytes = maxBytes;
        this.overflow = overflow;
        this.failure = failure;
    }

    /**
     * Queues a frame after the ones waiting.
     *
     * @return false when the outbox is closed, or was just closed because the frame would go over the bound
     */
    boolean offer(String text) {
        return offer(null, text);
    }

    /**
     * Queues a frame that replaces the one of the same key still waiting (not the one being written), or queues it
     * after the ones waiting when none does; the replaced frame keeps its place.
     *
     * @return false when the outbox is closed, or was just closed because the frame would go over the bound
     */
    boolean offerLatest(String key, String text) {
        return offer(key, text);
    }

    private boolean offer(String key, String text) {
        long size = FrameSizeGuard.utf8Length(text);
        boolean over;
        synchronized (this) {
            if (closed) {
                return false;
            }
            Waiting replaced = key == null ? null : latest.get(key);
            if (replaced != null && !(writing && replaced == frames.peek())) {
                long change = size - FrameSizeGuard.utf8Length(replaced.text);
                over = bytes + change > maxBytes;
                if (!over) {
                    replaced.text = text;
                    bytes += change;
                    return true;
                }
            } else {
                over = frames.size() >= maxFrames || bytes + size > maxBytes;
            }
            if (over) {
                closeLocked();
            } else {
                Waiting waiting = new Waiting(key, text);
                frames.add(waiting);
                if (key != null) {
                    latest.put(key, waiting);
                }
                bytes += size;
            }
        }
        if (over) {
            overflow.run();
            return false;
        }
        pump();
        return true;
    }

    /** Runs {@code then} once every frame queued so far is written (at once if none waits); never if it closes. */
    void whenEmpty(Runnable then) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (!frames.isEmpty()) {
                onEmpty.add(then);
                return;
            }
        }
        then.run();
    }

    /** Drops what waits; nothing more is written. */
    synchronized void close() {
        closeLocked();
    }

    /** Whether less than a quarter of the bound is taken, in frames and in bytes. */
    synchronized boolean lessThanAQuarterFull() {
        return frames.size() < maxFrames / 4 && bytes < maxBytes / 4;
    }

    synchronized int waitingFrames() {
        return frames.size();
    }

    synchronized long waitingBytes() {
        return bytes;
    }

    private void closeLocked() {
        closed = true;
        frames.clear();
        latest.clear();
        onEmpty.clear();
        bytes = 0;
    }

    /**
     * Starts the next write unless one is under way. A write that completes at once, on this thread, does not call
     * back into this method: the loop goes on instead, so a long queue never deepens the stack.
     */
    private void pump() {
        while (true) {
            String next;
            synchronized (this) {
                if (writing || closed || frames.isEmpty()) {
                    return;
                }
                next = frames.peek().text;
                writing = true;
                pumping = Thread.currentThread();
            }
            writer.write(next, this::written);
            synchronized (this) {
                if (pumping == Thread.currentThread()) {
                    pumping = null;
                }
                if (writing) {
                    return;
                }
            }
        }
    }

    private void written(Throwable failed) {
        List<Runnable> emptied = List.of();
        boolean fromPump;
        synchronized (this) {
            writing = false;
            fromPump = pumping == Thread.currentThread();
            if (closed) {
                return;
            }
            if (failed != null) {
                closeLocked();
            } else {
                Waiting done = frames.poll();
                if (done != null) {
                    bytes -= FrameSizeGuard.utf8Length(done.text);
                    if (done.key != null) {
                        latest.remove(done.key, done);
                    }
                }
                if (frames.isEmpty() && !onEmpty.isEmpty()) {
                    emptied = new ArrayList<>(onEmpty);
                    onEmpty.clear();
                }
            }
        }
        if (failed != null) {
            failure.accept(failed);
            return;
        }
        emptied.forEach(Runnable::run);
        if (!fromPump) {
            pump();
        }
    }
}
