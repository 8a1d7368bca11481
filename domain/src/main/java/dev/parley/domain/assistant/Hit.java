package dev.parley.domain.assistant;

import java.util.Objects;

/**
 * A passage the search found for a question.
 *
 * @param entry the piece of knowledge the passage belongs to
 * @param passage the passage's text: an FAQ's whole answer, or one section of an article
 * @param score the search engine's score; comparable between hits of one search only
 * @param coverage the share of the question's content words (after stemming) that the passage, its title or its
 *     phrasings contain, from 0 to 1
 */
public record Hit(KnowledgeEntry entry, String passage, double score, double coverage) {

    public Hit {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(passage, "passage");
        if (coverage < 0 || coverage > 1) {
            throw new IllegalArgumentException("Coverage lies between 0 and 1");
        }
    }
}
