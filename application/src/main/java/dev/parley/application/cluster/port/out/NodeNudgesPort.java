package dev.parley.application.cluster.port.out;

import dev.parley.application.cluster.port.Nudge;
import java.util.function.Consumer;

/**
 * Nudges between the nodes that share one database (driven). On a single node there is nobody to tell and nothing to
 * hear; with several, a nudge sent here reaches every other node soon after, at most once, and possibly merged with
 * others. Nothing here is ever the truth: a receiver reads what changed from the database.
 */
public interface NodeNudgesPort {

    /**
     * Tells the other nodes, soon and outside any transaction. Call it only once the change has committed; it never
     * blocks on the network.
     */
    void send(Nudge nudge);

    /**
     * From now on hands every other node's nudge to {@code nudged}, and calls {@code resync} whenever nudges may have
     * been missed (the connection that hears them was lost and is back): whoever shows news then reads it all again.
     * A second call replaces the first.
     */
    void receive(Consumer<Nudge> nudged, Runnable resync);

    /**
     * From now on calls {@code heard} with the instance of every other node anything at all comes from, at most once
     * a second for each: a node busy with news proves that it is there even when its periodic word on its team comes
     * late. A second call replaces the first.
     */
    default void heardFrom(Consumer<String> heard) {
        // A single node hears nobody.
    }

    /** Whether this node shares its database with others. */
    boolean clustered();

    /** This node's name, as its logs, metrics and traces call it. */
    String node();

    /**
     * This start of this node: its name and a random part, so that the other nodes tell apart two nodes given one name,
     * and a node that started again from the one it was.
     */
    default String instance() {
        return node();
    }
}
