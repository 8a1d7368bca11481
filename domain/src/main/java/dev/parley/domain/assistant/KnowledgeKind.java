package dev.parley.domain.assistant;

/** Where a piece of the store's knowledge comes from. */
public enum KnowledgeKind {
    /** A published FAQ: its question, its alternative phrasings and its answer. */
    FAQ,
    /** A published knowledge article, written by an admin or imported from the store's site. */
    ARTICLE
}
