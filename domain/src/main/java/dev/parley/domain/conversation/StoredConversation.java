package dev.parley.domain.conversation;

import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Optional;

/**
 * A conversation as it was stored, from which {@link Conversation#reconstitute} rebuilds it; for persistence adapters
 * only. The conversation checks that it holds together.
 *
 * @param closedAt when it was closed, or {@code null} while it is open
 * @param visitorSeenSeq the last sequence number the visitor has seen
 * @param agentSeenSeq the last sequence number an agent has seen
 * @param live whether the team is in it (not while the visitor browses or the AI agent answers)
 * @param awayReplied whether Parley answered with the away message since an agent last wrote
 * @param linksShown the store's links as the visitor was first shown them, if they were
 * @param assistant what the AI agent did in it
 */
public record StoredConversation(
        ConversationId id,
        VisitorId visitor,
        Channel channel,
        Instant startedAt,
        ConversationStatus status,
        long lastSeq,
        Instant closedAt,
        long visitorSeenSeq,
        long agentSeenSeq,
        boolean live,
        boolean awayReplied,
        Optional<LinksShown> linksShown,
        AssistantState assistant) {}
