package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.ConversationStatus;
import dev.parley.domain.conversation.LinksShown;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation's state as a client needs it to resume.
 *
 * @param id the conversation
 * @param status open or closed
 * @param lastSeq the sequence number of its last message, 0 when it has none
 * @param visitorSeenSeq the last sequence number the visitor has seen
 * @param agentSeenSeq the last sequence number an agent has seen
 * @param stage browsing, live or closed
 * @param linksShown when and which of the store's links the visitor was first shown, if ever
 */
public record ConversationView(
        ConversationId id,
        ConversationStatus status,
        long lastSeq,
        long visitorSeenSeq,
        long agentSeenSeq,
        ConversationStage stage,
        Optional<LinksShown> linksShown) {

    public ConversationView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(linksShown, "links shown");
    }
}
