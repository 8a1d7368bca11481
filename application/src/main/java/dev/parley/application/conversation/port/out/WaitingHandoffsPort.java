package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.ConversationId;
import java.util.List;

/** Finds the conversations that wait for the visitor's address before they go to the store's helpdesk. */
public interface WaitingHandoffsPort {

    /** Open conversations in the stage {@code HANDOFF_EMAIL}, oldest first, at most {@code limit}. */
    List<ConversationId> waitingForHandoffEmail(int limit);
}
