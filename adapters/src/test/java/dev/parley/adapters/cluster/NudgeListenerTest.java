package dev.parley.adapters.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.cluster.port.Nudge;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What a node makes of the payloads it hears, before any of it reaches its connections. */
class NudgeListenerTest {

    private final List<Nudge> received = new ArrayList<>();
    private final List<String> heardFrom = new ArrayList<>();
    /** What reached the receiver, in order: nudges and the nodes heard from. */
    private final List<String> order = new ArrayList<>();

    private final AtomicLong nanos = new AtomicLong();
    private final NudgeListener listener = listener();

    private NudgeListener listener() {
        NudgeListener heard = new NudgeListener(
                "a",
                "a#1",
                name -> {
                    throw new AssertionError("no connection is made here");
                },
                nanos::get);
        heard.receive(
                nudge -> {
                    received.add(nudge);
                    order.add("nudge");
                },
                () -> {});
        heard.heardFrom(node -> {
            heardFrom.add(node);
            order.add("heard from " + node);
        });
        return heard;
    }

    @Test
    void a_node_that_says_it_leaves_is_heard_but_not_one_that_says_another_leaves() {
        listener.heard("b#2\n" + NudgeCodec.encode(new Nudge.NodeLeaving("c#3")) + "\n"
                + NudgeCodec.encode(new Nudge.NodeLeaving("b#2")));

        assertThat(received).containsExactly(new Nudge.NodeLeaving("b#2"));
    }

    @Test
    void what_this_node_sent_itself_is_not_heard() {
        listener.heard("a#1\n" + NudgeCodec.encode(new Nudge.NodeLeaving("a#1")));

        assertThat(received).isEmpty();
        assertThat(heardFrom).isEmpty();
    }

    @Test
    void another_node_is_said_to_be_there_after_its_nudges_and_at_most_once_a_second() {
        listener.heard(
                "b#2\n" + NudgeCodec.encode(new Nudge.MacrosNews()) + "\n" + NudgeCodec.encode(new Nudge.TagsNews()));
        listener.heard("c#3\n" + NudgeCodec.encode(new Nudge.TagsNews()));
        nanos.addAndGet(NudgeListener.HEARD_FROM_EVERY_NANOS - 1);
        listener.heard("b#2\n" + NudgeCodec.encode(new Nudge.TagsNews()));
        nanos.addAndGet(1);
        listener.heard("b#2\nan unreadable line");
        listener.heard("no header at all");

        assertThat(heardFrom).containsExactly("b#2", "c#3", "b#2");
        assertThat(order)
                .containsExactly(
                        "nudge", "nudge", "heard from b#2", "nudge", "heard from c#3", "nudge", "heard from b#2");
    }

    @Test
    void senders_past_the_most_remembered_are_forgotten_together_and_told_of_again() {
        for (int i = 0; i < NudgeListener.MOST_SENDERS; i++) {
            listener.heard("n#" + i + "\n" + NudgeCodec.encode(new Nudge.TagsNews()));
        }
        listener.heard("made-up\n" + NudgeCodec.encode(new Nudge.TagsNews()));
        listener.heard("n#0\n" + NudgeCodec.encode(new Nudge.TagsNews()));
        listener.heard("n#0\n" + NudgeCodec.encode(new Nudge.TagsNews()));

        assertThat(heardFrom).hasSize(NudgeListener.MOST_SENDERS + 2);
        assertThat(heardFrom.subList(NudgeListener.MOST_SENDERS, heardFrom.size()))
                .containsExactly("made-up", "n#0");
    }
}
