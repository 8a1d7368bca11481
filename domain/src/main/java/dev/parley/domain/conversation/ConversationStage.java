package dev.parley.domain.conversation;

/** Where a conversation is on its way: the visitor browses answers, then talks to the team, then it ends. */
public enum ConversationStage {
    /** The visitor reads the store's FAQs; nobody on the team sees the conversation yet. */
    BROWSING,
    /**
     * The visitor wrote and the store's AI agent answers: the team does not see the conversation until the AI agent
     * hands it off.
     */
    ASSISTED,
    /**
     * The AI agent hands the conversation to the store's external helpdesk, which answers by email, and waits for the
     * visitor's address (or for them to chat here instead).
     */
    HANDOFF_EMAIL,
    /** The visitor asked for a person or wrote: the welcome message is posted and the team is in the loop. */
    LIVE,
    /** Ended for good. */
    CLOSED
}
