package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkersShutdownTest {

    /** A worker whose one round runs until released, or for ever. */
    private static final class Worker implements BackgroundWorker {

        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch inRound = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final Rounds rounds = new Rounds("test_round_failed", () -> {
            runs.incrementAndGet();
            inRound.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });

        Worker busy() throws InterruptedException {
            new Thread(rounds::runOnce).start();
            assertTrue(inRound.await(10, TimeUnit.SECONDS));
            return this;
        }

        @Override
        public Rounds rounds() {
            return rounds;
        }
    }

    @Test
    void everyWorkerIsHaltedBeforeAnyIsWaitedForAndAllShareOneDeadline() throws InterruptedException {
        Worker stuck = new Worker().busy();
        Worker alsoStuck = new Worker().busy();
        Worker idle = new Worker();

        long started = System.nanoTime();
        int done = WorkersShutdown.stopAll(List.of(stuck, alsoStuck, idle), Duration.ofMillis(500));
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(1, done, "only the idle worker is done");
        assertTrue(tookMillis < 1_500, "one deadline for all, not one each: took " + tookMillis + " ms");
        idle.rounds.runOnce();
        assertEquals(0, idle.runs.get(), "a halted worker runs no round, even while the others are waited for");
        stuck.release.countDown();
        alsoStuck.release.countDown();
    }

    @Test
    void workersWhoseRoundsFinishInTimeAreAllIdle() throws InterruptedException {
        Worker busy = new Worker().busy();
        new Thread(() -> {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    busy.release.countDown();
                })
                .start();

        assertEquals(2, WorkersShutdown.stopAll(List.of(busy, new Worker()), Duration.ofSeconds(10)));
        assertEquals(1, busy.runs.get());
    }
}
