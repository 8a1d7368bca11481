package dev.parley.domain.assistant;

import java.util.Objects;
import java.util.Set;

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
 * @param terms the passage's content words as the search reads them (stems), to tell two passages that say the same
 *     from two that say different things; empty when the search did not say
 */
public record Hit(
        KnowledgeEntry entry,
        String passage,
        double score,
        double coverage,
        int matchedWords,
        int questionWords,
        Set<String> terms) {

    public Hit {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(passage, "passage");
        terms = Set.copyOf(terms);
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
        this(entry, passage, score, coverage, 0, 0, Set.of());
    }

    /** A hit without its passage's terms. */
    public Hit(
            KnowledgeEntry entry, String passage, double score, double coverage, int matchedWords, int questionWords) {
        this(entry, passage, score, coverage, matchedWords, questionWords, Set.of());
    }

    /** A hit that contains {@code matchedWords} of the question's {@code questionWords} content words (at least 1). */
    public static Hit counted(KnowledgeEntry entry, String passage, double score, int matchedWords, int questionWords) {
        if (questionWords < 1) {
            throw new IllegalArgumentException("A counted question has at least one word");
        }
        return counted(entry, passage, score, matchedWords, questionWords, Set.of());
    }

    /** A counted hit, with its passage's content words ({@link #terms()}). */
    public static Hit counted(
            KnowledgeEntry entry,
            String passage,
            double score,
            int matchedWords,
            int questionWords,
            Set<String> terms) {
        if (questionWords < 1) {
            throw new IllegalArgumentException("A counted question has at least one word");
        }
        return new Hit(
                entry, passage, score, (double) matchedWords / questionWords, matchedWords, questionWords, terms);
    }

    /**
     * How much of what the two passages say they say alike: the share of the smaller one's terms that the other
     * contains too (the overlap coefficient), from 0 to 1; 0 when either has no terms. The search gives each hit the
     * terms beyond the question's own words, so that two passages are not alike merely for both matching the question.
     */
    public double likeness(Hit other) {
        if (terms.isEmpty() || other.terms.isEmpty()) {
            return 0;
        }
        long shared = terms.stream().filter(other.terms::contains).count();
        return (double) shared / Math.min(terms.size(), other.terms.size());
    }

    /** Whether the question's words were counted ({@link #matchedWords()} of {@link #questionWords()}). */
    public boolean counted() {
        return questionWords > 0;
    }
}
