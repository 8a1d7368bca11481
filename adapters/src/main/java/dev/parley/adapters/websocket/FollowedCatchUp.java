package dev.parley.adapters.websocket;

import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.domain.conversation.ConversationId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Brings the conversations this node's connections follow up to what the database holds: a safety net for news
 * another node committed but never told, and the second half of a resync.
 */
final class FollowedCatchUp {

    private final Set<Connection> connections;
    private final ConversationHistoryQuery history;
    private final NewsFanOut fanOut;

    /** @param connections the registry's open connections, a concurrent set */
    FollowedCatchUp(Set<Connection> connections, ConversationHistoryQuery history, NewsFanOut fanOut) {
        this.connections = connections;
        this.history = history;
        this.fanOut = fanOut;
    }

    /**
     * Publishes the news of every followed conversation the database holds more of than the connections know (or of
     * every followed conversation, with {@code always}).
     *
     * @return how many conversations were published
     */
    int run(boolean always) {
        Map<ConversationId, Long> behind = new HashMap<>();
        for (Connection connection : connections) {
            if (connection.live()) {
                for (ConversationId conversation : connection.following()) {
                    // What is queued for it counts: only news that never reached this node is behind.
                    Long have = connection.knownIn(conversation);
                    if (have != null) {
                        behind.merge(conversation, have, Math::min);
                    }
                }
            }
        }
        if (behind.isEmpty()) {
            return 0;
        }
        // One read for all of them: a node following a thousand conversations asks once, not a thousand times.
        Map<ConversationId, Long> stored = history.lastSeqs(behind.keySet());
        int caughtUp = 0;
        for (Map.Entry<ConversationId, Long> followed : behind.entrySet()) {
            Long lastSeq = stored.get(followed.getKey());
            if (lastSeq != null && (always || lastSeq > followed.getValue())) {
                caughtUp++;
                fanOut.publish(new ConversationNews(followed.getKey(), lastSeq));
            }
        }
        return caughtUp;
    }
}
