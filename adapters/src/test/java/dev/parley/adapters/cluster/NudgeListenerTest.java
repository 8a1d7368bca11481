package dev.parley.adapters.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.cluster.port.Nudge;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a node makes of the payloads it hears, before any of it reaches its connections. */
class NudgeListenerTest {

    private final List<Nudge> received = new ArrayList<>();
    private final List<String> heardFrom = new ArrayList<>();
    private final NudgeListener listener = listener();

    private NudgeListener listener() {
        NudgeListener heard = new NudgeListener("a", "a#1", name -> {
            throw new AssertionError("no connection is made here");
        });
        heard.receive(received::add, () -> {});
        heard.heardFrom(heardFrom::add);
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
    void every_payload_of_another_node_says_it_is_there_once_whatever_it_holds() {
        listener.heard(
                "b#2\n" + NudgeCodec.encode(new Nudge.MacrosNews()) + "\n" + NudgeCodec.encode(new Nudge.TagsNews()));
        listener.heard("b#2\nan unreadable line");
        listener.heard("c#3\n" + NudgeCodec.encode(new Nudge.TagsNews()));
        listener.heard("no header at all");

        assertThat(heardFrom).containsExactly("b#2", "b#2", "c#3");
        assertThat(received).containsExactly(new Nudge.MacrosNews(), new Nudge.TagsNews(), new Nudge.TagsNews());
    }
}
