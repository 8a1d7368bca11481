package dev.parley.adapters.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.cluster.port.Nudge;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a node makes of the payloads it hears, before any of it reaches its connections. */
class NudgeListenerTest {

    private final List<Nudge> received = new ArrayList<>();
    private final NudgeListener listener = listener();

    private NudgeListener listener() {
        NudgeListener heard = new NudgeListener("a", "a#1", name -> {
            throw new AssertionError("no connection is made here");
        });
        heard.receive(received::add, () -> {});
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
    }
}
