package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {

    /** A pool that runs its tasks only when the test says so. */
    private final Queue<Runnable> pool = new ArrayDeque<>();

    private void runPool() {
        Runnable task;
        while ((task = pool.poll()) != null) {
            task.run();
        }
    }

    @Test
    void runs_tasks_in_order_and_refuses_one_over_the_bound() {
        SerialExecutor executor = new SerialExecutor(pool::add, 2);
        List<String> ran = new ArrayList<>();

        assertThat(executor.execute(() -> ran.add("a"))).isTrue();
        assertThat(executor.execute(() -> ran.add("b"))).isTrue();
        assertThat(executor.execute(() -> ran.add("c"))).isFalse();
        runPool();

        assertThat(ran).containsExactly("a", "b");
        assertThat(executor.execute(() -> ran.add("d"))).isTrue();
        runPool();
        assertThat(ran).containsExactly("a", "b", "d");
    }

    @Test
    void once_stopped_it_drops_what_waits_and_runs_nothing_more() {
        SerialExecutor executor = new SerialExecutor(pool::add, 10);
        List<String> ran = new ArrayList<>();
        executor.execute(() -> {
            ran.add("a");
            executor.stop();
        });
        executor.execute(() -> ran.add("b"));

        runPool();

        assertThat(ran).containsExactly("a");
        assertThat(executor.isStopped()).isTrue();
        assertThat(executor.execute(() -> ran.add("c"))).isFalse();
        runPool();
        assertThat(ran).containsExactly("a");
    }

    @Test
    void a_pool_that_refuses_work_stops_the_executor() {
        SerialExecutor executor = new SerialExecutor(
                task -> {
                    throw new java.util.concurrent.RejectedExecutionException("stopping");
                },
                10);

        assertThat(executor.execute(() -> {})).isFalse();
        assertThat(executor.isStopped()).isTrue();
    }
}
