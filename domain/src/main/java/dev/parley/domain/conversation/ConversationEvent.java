package dev.parley.domain.conversation;

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
    AWAY_REPLY
}
