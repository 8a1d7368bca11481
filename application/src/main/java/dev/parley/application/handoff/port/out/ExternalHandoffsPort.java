package dev.parley.application.handoff.port.out;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.handoff.ExternalHandoff;
import dev.parley.domain.handoff.HandoffId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The handoff outbox. */
public interface ExternalHandoffsPort {

    void create(ExternalHandoff handoff);

    void update(ExternalHandoff handoff);

    /** The handoff, its row locked until the transaction ends. */
    Optional<ExternalHandoff> findForUpdate(HandoffId id);

    /** A conversation's handoff, if it was handed to a helpdesk. */
    Optional<ExternalHandoff> findByConversation(ConversationId conversation);

    /** The pending handoffs due at {@code now}, oldest first. */
    List<HandoffId> due(Instant now, int limit);
}
