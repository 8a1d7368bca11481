package dev.parley.domain.conversation;

import dev.parley.domain.shared.HandoffReason;

/**
 * What a system message records, so that whoever shows it words it in its reader's language: a closing notice holds
 * no text (older ones hold an English wording, which is not shown); an away reply's text is the store's away message.
 */
public enum ConversationEvent {
    /** The visitor ended the chat. */
    ENDED_BY_VISITOR,
    /** An agent closed the ticket, which ends the chat. */
    CLOSED_BY_AGENT,
    /** The visitor wrote outside business hours: the text is the store's away message. */
    AWAY_REPLY,
    /** The AI agent handed the conversation to a person because the visitor asked for one. */
    HANDOFF_VISITOR_ASKED,
    /** The AI agent handed the conversation to a person because the store's knowledge had no answer. */
    HANDOFF_NO_ANSWER,
    /** The AI agent handed the conversation to a person after answers it was not sure of. */
    HANDOFF_LOW_CONFIDENCE,
    /** The AI agent handed the conversation to a person after answering as many questions as it may. */
    HANDOFF_TURN_LIMIT,
    /** The AI agent handed the conversation to a person because answering failed. */
    HANDOFF_ERROR,
    /** The conversation ended after the AI agent gave the visitor the store's handoff message. */
    ENDED_AFTER_HANDOFF,
    /**
     * The AI agent hands the conversation to the store's external helpdesk, which answers by email, and asks the
     * visitor for their address.
     */
    HANDOFF_EMAIL_ASKED,
    /** The visitor's question went to the store's external helpdesk: the text is the address it replies to. */
    PASSED_TO_HELPDESK,
    /**
     * Passing the conversation to the store's external helpdesk failed after every attempt: it became a ticket in
     * Parley's inbox instead; the text is the address the visitor expects a reply at.
     */
    HELPDESK_FALLBACK;

    /** The event that records a handoff for this reason. */
    public static ConversationEvent handoff(HandoffReason reason) {
        return switch (reason) {
            case VISITOR_ASKED -> HANDOFF_VISITOR_ASKED;
            case NO_ANSWER -> HANDOFF_NO_ANSWER;
            case LOW_CONFIDENCE -> HANDOFF_LOW_CONFIDENCE;
            case TURN_LIMIT -> HANDOFF_TURN_LIMIT;
            case ERROR -> HANDOFF_ERROR;
        };
    }

    /** Whether this records the AI agent handing the conversation to a person. */
    public boolean isHandoff() {
        return name().startsWith("HANDOFF_") && this != HANDOFF_EMAIL_ASKED;
    }
}
