package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.cluster.port.Nudge;
import dev.parley.application.cluster.port.out.NodeNudgesPort;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** What node {@code a} (started as {@code a#1}) told the other nodes; the tests hand it what the others say. */
final class SentNudges implements NodeNudgesPort {

    final List<Nudge> nudges = new CopyOnWriteArrayList<>();
    /** Whom the node tells of another node it heard anything from. */
    volatile Consumer<String> heardFrom = node -> {
        throw new AssertionError("nobody listens yet");
    };

    Nudge only() {
        assertThat(nudges).hasSize(1);
        return nudges.get(0);
    }

    @Override
    public void send(Nudge nudge) {
        nudges.add(nudge);
    }

    @Override
    public void receive(Consumer<Nudge> nudged, Runnable resync) {
        // The test hands nudges to the receiving node itself.
    }

    @Override
    public void heardFrom(Consumer<String> heard) {
        this.heardFrom = heard;
    }

    @Override
    public boolean clustered() {
        return true;
    }

    @Override
    public String node() {
        return "a";
    }

    @Override
    public String instance() {
        return "a#1";
    }
}
