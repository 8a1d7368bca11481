package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.Conversation;
import java.util.List;

/** Conversations the store's AI agent answered and never handed to a person, for admins to read. */
public interface FindAssistedConversationsPort {

    /** Those the AI agent answered at least once and never handed off, newest first, at most {@code limit}. */
    List<Conversation> resolvedByAssistant(int limit);
}
