package dev.parley.domain.conversation;

/** Where a conversation is in its life. Closed is final. */
public enum ConversationStatus {
    OPEN,
    CLOSED
}
