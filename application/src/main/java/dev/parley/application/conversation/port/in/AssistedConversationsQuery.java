package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import java.util.List;

/**
 * Driven by the REST adapter for admins: the conversations the store's AI agent resolved on its own (it answered and
 * never handed them off), and what was said in each.
 */
public interface AssistedConversationsQuery {

    /** The most a page lists. */
    int MAX_PAGE = 100;

    /**
     * Newest first.
     *
     * @throws dev.parley.domain.shared.InvalidValueException with {@code invalid_parameter} for a limit outside 1 to
     *     {@value #MAX_PAGE}
     */
    List<AssistedConversation> resolvedByAssistant(int limit);

    /**
     * The whole thread of one of them.
     *
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when it is not one the AI agent resolved on
     *     its own (handed-off conversations are read as tickets)
     */
    List<MessageView> thread(ConversationId conversation);
}
