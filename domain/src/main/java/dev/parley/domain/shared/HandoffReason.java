package dev.parley.domain.shared;

/**
 * Why the store's AI agent handed a conversation to a person. Decided by rules, never by a model; shared by the
 * assistant, which decides it, and the conversation, which records it.
 */
public enum HandoffReason {
    /** The visitor pressed "Talk to a person" or asked for one in words. */
    VISITOR_ASKED,
    /** Nothing in the store's knowledge answered the question. */
    NO_ANSWER,
    /** Answers the AI agent was not sure of, too many in a row. */
    LOW_CONFIDENCE,
    /** The AI agent answered as many questions as it may in one conversation. */
    TURN_LIMIT,
    /** Answering failed. */
    ERROR
}
