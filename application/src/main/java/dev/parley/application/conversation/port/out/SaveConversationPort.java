package dev.parley.application.conversation.port.out;

import dev.parley.domain.conversation.Conversation;

/** Stores conversations; driven by the conversation use cases. */
public interface SaveConversationPort {

    /** Stores a new conversation; the store refuses a second open conversation of a visitor on one channel. */
    void create(Conversation conversation);

    /** Stores the changed state (status, last sequence number) of a conversation loaded for update. */
    void update(Conversation conversation);
}
