package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import java.util.Optional;

/** Reads conversations; driven by the conversation use cases. */
public interface LoadConversationPort {

    Optional<Conversation> find(ConversationId id);

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
