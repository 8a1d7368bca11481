package dev.parley.adapters.cluster;

import dev.parley.application.cluster.port.Nudge;
import dev.parley.application.cluster.port.out.NodeNudgesPort;
import java.util.Objects;
import java.util.function.Consumer;

/** One node alone (the embedded database, or PostgreSQL without {@code PARLEY_CLUSTER}): nobody to tell or hear. */
public final class SingleNodeNudges implements NodeNudgesPort {

    private final String node;

    /** One node, named {@code node}. */
    public SingleNodeNudges(String node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    @Override
    public void send(Nudge nudge) {
        // Every connection is on this node and was told through its own events already.
    }

    @Override
    public void receive(Consumer<Nudge> nudged, Runnable resync) {
        // No other node sends anything.
    }

    @Override
    public boolean clustered() {
        return false;
    }

    @Override
    public String node() {
        return node;
    }
}
