package dev.parley.domain.conversation;

/**
 * What a system message records, so that clients can show it in their own language: the text Parley stores is the
 * English wording.
 */
public enum ConversationEvent {
    /** The visitor ended the chat. */
    ENDED_BY_VISITOR,
    /** An agent closed the ticket, which ends the chat. */
    CLOSED_BY_AGENT,
    /** The visitor wrote outside business hours: the text is the store's away message. */
    AWAY_REPLY
}
