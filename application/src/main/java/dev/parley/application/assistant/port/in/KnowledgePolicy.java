package dev.parley.application.assistant.port.in;

/**
 * How many knowledge articles the store may keep ({@code PARLEY_KNOWLEDGE_ARTICLES_MAX}, default {@value
 * #DEFAULT_MAX_ARTICLES}), drafts included.
 *
 * @param maxArticles at least 1
 */
public record KnowledgePolicy(int maxArticles) {

    /** The limit unless configured otherwise. */
    public static final int DEFAULT_MAX_ARTICLES = 2_000;

    public KnowledgePolicy {
        if (maxArticles < 1) {
            throw new IllegalArgumentException("A store may keep at least one knowledge article");
        }
    }
}
