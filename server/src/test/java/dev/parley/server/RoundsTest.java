package dev.parley.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    void startsOnceAndStopsForGood() {
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
}
