package dev.parley.adapters.websocket;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * Counts the open sockets per visitor, per agent HTTP session and per client address, and refuses one more past the
 * cap of its kind. The new connection is the one refused (closed with 4008 {@code too_many_connections}); the open
 * ones stay. A key's count goes once its last socket closes, so the maps hold only keys with open sockets.
 */
final class ConnectionCaps {

    /** What a cap counts sockets by. */
    enum Kind {
        /** A visitor, once their {@code hello} said who they are. */
        VISITOR,
        /** An agent's HTTP session (a signed-in browser). */
        AGENT_SESSION,
        /** The client's address, as {@link ClientAddresses} tells it. */
        ADDRESS
    }

    private final ToIntFunction<Kind> max;
    private final Map<Kind, Map<String, Integer>> open = new EnumMap<>(Kind.class);

    ConnectionCaps(ToIntFunction<Kind> max) {
        this.max = max;
        for (Kind kind : Kind.values()) {
            open.put(kind, new ConcurrentHashMap<>());
        }
    }

    /**
     * Counts the connection under a key unless the key has its cap of sockets open already.
     *
     * @return whether the connection may stay
     */
    boolean take(Connection connection, Kind kind, String key) {
        int cap = max.applyAsInt(kind);
        boolean[] taken = {false};
        open.get(kind).compute(key, (k, count) -> {
            int now = count == null ? 0 : count;
            if (now >= cap) {
                return count;
            }
            taken[0] = true;
            return now + 1;
        });
        if (taken[0]) {
            connection.counts(kind, key);
        }
        return taken[0];
    }

    /** How many sockets are counted under the key now. */
    int count(Kind kind, String key) {
        return open.get(kind).getOrDefault(key, 0);
    }

    /** Gives back every place the connection took; a second call gives back nothing. */
    void release(Connection connection) {
        for (Kind kind : Kind.values()) {
            String key = connection.counted().remove(kind);
            if (key != null) {
                open.get(kind).computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
            }
        }
    }

    /** How many sockets are open under a key. */
    int open(Kind kind, String key) {
        return open.get(kind).getOrDefault(key, 0);
    }
}
