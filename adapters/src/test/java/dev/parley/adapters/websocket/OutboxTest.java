package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private final List<String> written = new ArrayList<>();
    private final List<Consumer<Throwable>> inFlight = new ArrayList<>();
    private final AtomicInteger overflows = new AtomicInteger();
    private final List<Throwable> failures = new ArrayList<>();

    /** A writer whose writes complete only when the test says so, like a socket whose client reads slowly. */
    private Outbox held(int maxFrames, long maxBytes) {
        return new Outbox(
                (text, done) -> {
                    written.add(text);
                    inFlight.add(done);
                },
                maxFrames,
                maxBytes,
                overflows::incrementAndGet,
                failures::add);
    }

    private void complete() {
        inFlight.remove(0).accept(null);
    }

    @Test
    void writes_one_frame_at_a_time_in_order() {
        Outbox outbox = held(10, 1000);

        outbox.offer("a");
        outbox.offer("b");
        outbox.offer("c");

        assertThat(written).containsExactly("a");
        complete();
        assertThat(written).containsExactly("a", "b");
        complete();
        complete();
        assertThat(written).containsExactly("a", "b", "c");
        assertThat(outbox.waitingFrames()).isZero();
        assertThat(outbox.waitingBytes()).isZero();
    }

    @Test
    void the_frame_at_the_frame_bound_is_queued_and_the_next_one_closes_the_outbox() {
        Outbox outbox = held(3, 1000);

        assertThat(outbox.offer("a")).isTrue();
        assertThat(outbox.offer("b")).isTrue();
        assertThat(outbox.offer("c")).isTrue();
        assertThat(overflows).hasValue(0);

        assertThat(outbox.offer("d")).isFalse();
        assertThat(overflows).hasValue(1);
        assertThat(outbox.waitingFrames()).isZero();
        // Closed: nothing more is queued or written, and the overflow is reported once.
        assertThat(outbox.offer("e")).isFalse();
        complete();
        assertThat(written).containsExactly("a");
        assertThat(overflows).hasValue(1);
    }

    @Test
    void the_byte_bound_counts_utf8_bytes() {
        Outbox outbox = held(100, 6);

        assertThat(outbox.offer("żż")).isTrue();
        assertThat(outbox.offer("ab")).isTrue();
        assertThat(outbox.waitingBytes()).isEqualTo(6);
        assertThat(outbox.offer("x")).isFalse();
        assertThat(overflows).hasValue(1);
    }

    @Test
    void room_comes_back_as_frames_are_written() {
        Outbox outbox = held(2, 1000);
        outbox.offer("a");
        outbox.offer("b");

        complete();

        assertThat(outbox.offer("c")).isTrue();
        assertThat(overflows).hasValue(0);
    }

    @Test
    void a_failed_write_closes_the_outbox_and_is_reported_once() {
        Outbox outbox = held(10, 1000);
        outbox.offer("a");
        outbox.offer("b");

        inFlight.remove(0).accept(new IOException("gone"));

        assertThat(failures).hasSize(1);
        assertThat(outbox.offer("c")).isFalse();
        assertThat(written).containsExactly("a");
    }

    @Test
    void runs_what_waits_for_an_empty_outbox_once_the_last_frame_is_written() {
        Outbox outbox = held(10, 1000);
        List<String> ran = new ArrayList<>();
        outbox.whenEmpty(() -> ran.add("at once"));
        outbox.offer("a");
        outbox.offer("b");
        outbox.whenEmpty(() -> ran.add("after b"));

        complete();
        assertThat(ran).containsExactly("at once");
        complete();
        assertThat(ran).containsExactly("at once", "after b");
    }

    @Test
    void nothing_waiting_for_an_empty_outbox_runs_once_it_is_closed() {
        Outbox outbox = held(10, 1000);
        List<String> ran = new ArrayList<>();
        outbox.offer("a");
        outbox.whenEmpty(() -> ran.add("after a"));

        outbox.close();
        complete();

        assertThat(ran).isEmpty();
    }

    @Test
    void writes_that_complete_at_once_do_not_deepen_the_stack() {
        List<String> out = new ArrayList<>();
        boolean[] inline = {false};
        List<Consumer<Throwable>> held = new ArrayList<>();
        Outbox outbox = new Outbox(
                (text, done) -> {
                    out.add(text);
                    if (inline[0]) {
                        done.accept(null);
                    } else {
                        held.add(done);
                    }
                },
                1_000_000,
                100_000_000,
                overflows::incrementAndGet,
                failures::add);
        for (int i = 0; i < 100_000; i++) {
            outbox.offer("f" + i);
        }
        assertThat(out).hasSize(1);

        inline[0] = true;
        held.get(0).accept(null);

        assertThat(out).hasSize(100_000);
        assertThat(outbox.waitingFrames()).isZero();
    }

    @Test
    void a_keyed_frame_replaces_the_waiting_one_of_the_same_key_in_its_place() {
        Outbox outbox = held(10, 1000);
        outbox.offer("first");

        outbox.offerLatest("ticket:1", "t1 v1");
        outbox.offer("message");
        outbox.offerLatest("ticket:2", "t2 v1");
        outbox.offerLatest("ticket:1", "t1 v2");
        outbox.offerLatest("ticket:1", "t1 v3");

        assertThat(outbox.waitingFrames()).isEqualTo(4);
        assertThat(outbox.waitingBytes()).isEqualTo("first".length() + "t1 v3".length() + "message".length() + 5);
        complete();
        complete();
        complete();
        complete();
        assertThat(written).containsExactly("first", "t1 v3", "message", "t2 v1");
        assertThat(outbox.waitingBytes()).isZero();
    }

    @Test
    void the_keyed_frame_being_written_is_not_replaced_the_new_one_follows_it() {
        Outbox outbox = held(10, 1000);

        outbox.offerLatest("ticket:1", "v1");
        outbox.offerLatest("ticket:1", "v2");
        outbox.offerLatest("ticket:1", "v3");

        assertThat(written).containsExactly("v1");
        complete();
        complete();
        assertThat(written).containsExactly("v1", "v3");
        assertThat(outbox.waitingFrames()).isZero();

        outbox.offerLatest("ticket:1", "v4");
        complete();
        assertThat(written).containsExactly("v1", "v3", "v4");
    }

    @Test
    void a_burst_of_keyed_frames_stays_within_the_bound_of_their_keys() {
        Outbox outbox = held(3, 1000);
        outbox.offer("in flight");

        for (int change = 0; change < 500; change++) {
            assertThat(outbox.offerLatest("ticket:" + (change % 2), "ticket " + (change % 2) + " v" + change))
                    .isTrue();
        }

        assertThat(overflows).hasValue(0);
        assertThat(outbox.waitingFrames()).isEqualTo(3);
        complete();
        complete();
        complete();
        assertThat(written).containsExactly("in flight", "ticket 0 v498", "ticket 1 v499");
    }

    @Test
    void a_replacement_that_would_pass_the_byte_bound_closes_the_outbox() {
        Outbox outbox = held(10, 20);
        outbox.offer("in flight");
        outbox.offerLatest("ticket:1", "short");

        assertThat(outbox.offerLatest("ticket:1", "a much longer text")).isFalse();

        assertThat(overflows).hasValue(1);
        assertThat(outbox.offer("after")).isFalse();
    }
}
