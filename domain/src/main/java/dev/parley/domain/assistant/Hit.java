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
 * @param matchedWords how many of the question's content words the passage, its title or its phrasings contain
 * @param questionWords how many content words the question has; 0 when the search did not count them (then only
 *     {@code coverage} is known)
 */
public record Hit(
        KnowledgeEntry entry, String passage, double score, double coverage, int matchedWords, int questionWords) {

    public Hit {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(passage, "passage");
        if (!(coverage >= 0 && coverage <= 1)) {
            throw new IllegalArgumentException("Coverage lies between 0 and 1");
        }
        if (matchedWords < 0 || questionWords < 0 || matchedWords > questionWords) {
            throw new IllegalArgumentException("A passage matches at most the words the question has");
        }
        if (questionWords > 0 && Math.abs(coverage - (double) matchedWords / questionWords) > 1e-9) {
            throw new IllegalArgumentException("Coverage is the share of the question's words matched");
        }
    }

    /** A hit whose words were not counted: only its coverage is known. */
    public Hit(KnowledgeEntry entry, String passage, double score, double coverage) {
        this(entry, passage, score, coverage, 0, 0);
    }

    /** A hit that contains {@code matchedWords} of the question's {@code questionWords} content words (at least 1). */
    public static Hit counted(KnowledgeEntry entry, String passage, double score, int matchedWords, int questionWords) {
        if (questionWords < 1) {
            throw new IllegalArgumentException("A counted question has at least one word");
        }
        return new Hit(entry, passage, score, (double) matchedWords / questionWords, matchedWords, questionWords);
    }

    /** Whether the question's words were counted ({@link #matchedWords()} of {@link #questionWords()}). */
    public boolean counted() {
        return questionWords > 0;
    }
}
