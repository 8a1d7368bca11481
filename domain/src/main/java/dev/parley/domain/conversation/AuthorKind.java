package dev.parley.domain.conversation;

/** Who wrote a message. */
public enum AuthorKind {
    VISITOR,
    AGENT,
    /** Parley itself: the welcome message, the away reply. */
    SYSTEM,
    /** The store's AI agent, which answers from its knowledge before handing off to a person. */
    BOT
}
