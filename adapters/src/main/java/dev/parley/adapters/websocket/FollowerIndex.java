package dev.parley.adapters.websocket;

import dev.parley.domain.conversation.ConversationId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of this node's connections follow each conversation, and which watch an inbox: news of a conversation is
 * offered to its followers only, not to every open connection, so that it costs as little on a node with ten thousand
 * idle visitors as on one with ten.
 *
 * <p>A connection enters the index before it records that it follows a conversation and leaves it after it stops, or
 * when it closes: the index may name a connection that does not follow (any more), never miss an open one that does.
 * This holds because one connection's {@code follow} and {@code unfollow} never run at once: both come from its
 * client's frames, which the container hands over one at a time. Each connection's own record of what it was sent
 * stays the authority.
 */
final class FollowerIndex {

    private final ConcurrentHashMap<ConversationId, Set<Connection>> followers = new ConcurrentHashMap<>();
    private final Set<Connection> watchers = ConcurrentHashMap.newKeySet();

    void follow(ConversationId conversation, Connection connection) {
        // Added inside the map's own step for the conversation, so that a last follower leaving at the same moment
        // cannot drop the set this one joins.
        followers.compute(conversation, (id, now) -> {
            Set<Connection> followed = now == null ? ConcurrentHashMap.newKeySet() : now;
            followed.add(connection);
            return followed;
        });
    }

    void unfollow(ConversationId conversation, Connection connection) {
        followers.computeIfPresent(conversation, (id, now) -> {
            now.remove(connection);
            return now.isEmpty() ? null : now;
        });
    }

    void watch(Connection connection) {
        watchers.add(connection);
    }

    /** The connection closed: it follows and watches nothing any more. */
    void leave(Connection connection, Set<ConversationId> followed) {
        watchers.remove(connection);
        followed.forEach(conversation -> unfollow(conversation, connection));
    }

    /** The connections that may follow the conversation now. */
    List<Connection> of(ConversationId conversation) {
        Set<Connection> followed = followers.get(conversation);
        return followed == null ? List.of() : List.copyOf(followed);
    }

    /**
     * The connections a typing indicator in the conversation may concern: its followers, and, with {@code watchers},
     * every connection that watches an inbox; each once.
     */
    Set<Connection> concerned(ConversationId conversation, boolean watchers) {
        Set<Connection> concerned = new HashSet<>(of(conversation));
        if (watchers) {
            concerned.addAll(this.watchers);
        }
        return concerned;
    }

    /** Whether an open connection watches an inbox. */
    boolean anyWatching() {
        return watchers.stream().anyMatch(connection -> connection.live() && connection.inboxViewer() != null);
    }

    /** The connections that watch an inbox now. */
    List<Connection> watchers() {
        return List.copyOf(watchers);
    }

    /** How many conversations some connection follows: what the index holds. */
    int conversations() {
        return followers.size();
    }
}
