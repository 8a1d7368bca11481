package dev.parley.domain.conversation;

/** How the visitor found a conversation once it ended: the two answers to "How was this conversation?". */
public enum Satisfaction {
    GOOD,
    BAD
}
