package dev.parley.domain.conversation;

/** Why the AI agent handed a conversation to a person. Decided by rules, never by a model. */
public enum HandoffReason {
    /** The visitor pressed "Talk to a person" or asked for one in words. */
    VISITOR_ASKED(ConversationEvent.HANDOFF_VISITOR_ASKED),
    /** Nothing in the store's knowledge answered the question. */
    NO_ANSWER(ConversationEvent.HANDOFF_NO_ANSWER),
    /** Answers the AI agent was not sure of, too many in a row. */
    LOW_CONFIDENCE(ConversationEvent.HANDOFF_LOW_CONFIDENCE),
    /** The AI agent answered as many questions as it may in one conversation. */
    TURN_LIMIT(ConversationEvent.HANDOFF_TURN_LIMIT),
    /** Answering failed. */
    ERROR(ConversationEvent.HANDOFF_ERROR);

    private final ConversationEvent event;

    HandoffReason(ConversationEvent event) {
        this.event = event;
    }

    /** The event the handoff's notice records in the conversation. */
    public ConversationEvent event() {
        return event;
    }
}
