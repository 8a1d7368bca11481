package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoundsTest {

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
    }

    @Test
    void aFailedRoundIsLoggedAndTheNextOneStillRuns() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        Rounds rounds = new Rounds("test_round_failed", () -> {
            third.countDown();
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is away");
            }
        });

        assertTrue(rounds.start(scheduler, Duration.ofMillis(1)));

        assertTrue(third.await(10, TimeUnit.SECONDS), "the rounds went on after the first one failed");
        rounds.stop();
    }

    @Test
    void startsOnceAndStopsUntilStartedAgain() {
        AtomicInteger runs = new AtomicInteger();
        Rounds rounds = new Rounds("test_round_failed", runs::incrementAndGet);

        assertTrue(rounds.start(scheduler, Duration.ofHours(1)));
        assertFalse(rounds.start(scheduler, Duration.ofMillis(1)), "a second start while running does nothing");
        assertEquals(1, scheduler.getQueue().size());

        rounds.stop();
        rounds.stop();
        scheduler.purge();

        assertEquals(0, scheduler.getQueue().size(), "nothing is scheduled once stopped");
        assertEquals(0, runs.get());
        assertTrue(rounds.start(scheduler, Duration.ofHours(1)), "stopped rounds may start again");
    }

    @Test
    void aRoundRunByHandDoesNotThrow() {
        Rounds rounds = new Rounds("test_round_failed", () -> {
            throw new IllegalStateException("broken");
        });

        assertDoesNotThrow(rounds::runOnce);
    }

    @Test
    void theFirstRoundWaitsForThePeriod() {
        Rounds rounds = new Rounds("test_round_failed", () -> {});

        rounds.start(scheduler, Duration.ofMinutes(5));

        long delay = ((ScheduledFuture<?>) scheduler.getQueue().peek()).getDelay(TimeUnit.SECONDS);
        assertTrue(delay > 200, "first round in about 5 minutes, was " + delay + " s");
        rounds.stop();
    }

    @Test
    void aStopWaitsForTheRoundThatIsRunningAndNoneRunsAfterIt() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Rounds rounds = new Rounds("test_round_failed", () -> {
            runs.incrementAndGet();
            inRound.countDown();
            awaitQuietly(release);
        });
        Thread round = new Thread(rounds::runOnce);
        round.start();
        assertTrue(inRound.await(10, TimeUnit.SECONDS));

        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(rounds::stop);
        Thread.sleep(200);
        assertFalse(stopped.isDone(), "the stop waits while a round runs");
        release.countDown();

        assertTrue(stopped.get(10, TimeUnit.SECONDS), "no round runs once the stop returns");
        rounds.runOnce();
        assertEquals(1, runs.get(), "a round asked for after the stop does not run");
        round.join(10_000);
    }

    @Test
    void aRoundThatFailsWhileTheRoundsStopIsLoggedWithoutAStackTrace() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Rounds rounds = new Rounds("test_round_failed", () -> {
            inRound.countDown();
            awaitQuietly(release);
            throw new IllegalStateException("the database went away");
        });
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                logged.add(logRecord);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(Rounds.class.getName());
        logger.addHandler(handler);
        try {
            Thread round = new Thread(rounds::runOnce);
            round.start();
            assertTrue(inRound.await(10, TimeUnit.SECONDS));
            CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(rounds::stop);
            while (!rounds.stopping()) {
                Thread.sleep(5);
            }
            release.countDown();
            assertTrue(stopped.get(10, TimeUnit.SECONDS));
            round.join(10_000);
        } finally {
            logger.removeHandler(handler);
        }

        assertEquals(1, logged.size());
        assertEquals(Level.INFO, logged.get(0).getLevel());
        assertNull(logged.get(0).getThrown());
        assertEquals(
                "event=test_round_failed stopping=true error=IllegalStateException",
                logged.get(0).getMessage());
    }

    @Test
    void roundsHaltedAlreadyAreNotWaitedForASecondTime() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Rounds rounds = new Rounds("test_round_failed", () -> {
            inRound.countDown();
            awaitQuietly(release);
        });
        Thread round = new Thread(rounds::runOnce);
        round.start();
        assertTrue(inRound.await(10, TimeUnit.SECONDS));
        rounds.halt();

        long started = System.nanoTime();
        assertFalse(rounds.stop(), "the round still runs");
        assertTrue(
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 1_000,
                "a stop after a halt does not wait again");
        release.countDown();
        round.join(10_000);
        assertTrue(rounds.stop());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
