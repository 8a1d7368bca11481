package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads conversations; driven by the conversation use cases. */
public interface LoadConversationPort {

    Optional<Conversation> find(ConversationId id);

    /**
     * The last sequence numbers of the conversations that exist among {@code ids}. Reads them one by one; an adapter
     * that can read many at once overrides it.
     */
    default Map<ConversationId, Long> lastSeqs(Collection<ConversationId> ids) {
        Map<ConversationId, Long> found = new LinkedHashMap<>();
        for (ConversationId id : ids) {
            find(id).ifPresent(conversation -> found.put(id, conversation.lastSeq()));
        }
        return found;
    }

    /** Loads a conversation and locks it until the transaction ends, so that sequence numbers are given one at a time. */
    Optional<Conversation> findForUpdate(ConversationId id);

    /**
     * Locks the visitor until the transaction ends, so that one visitor's sends are handled one at a time, whatever
     * tab or node they come from: two first messages at once start one conversation, not two.
     */
    void lockVisitor(VisitorId visitor);

    /** The visitor's open conversation on a channel, locked like {@link #findForUpdate}. */
    Optional<Conversation> findOpenForUpdate(VisitorId visitor, Channel channel);
}
