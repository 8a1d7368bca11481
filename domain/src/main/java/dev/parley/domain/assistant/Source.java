package dev.parley.domain.assistant;

import java.util.Objects;
import java.util.Optional;

/**
 * A piece of knowledge an answer comes from, as the visitor sees it credited.
 *
 * @param ref the entry's reference ({@link KnowledgeEntry#ref()})
 * @param title an FAQ's question or an article's title
 * @param link where to read more; empty for none
 */
public record Source(String ref, String title, Optional<String> link) {

    public Source {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
    }

    public static Source of(KnowledgeEntry entry) {
        return new Source(entry.ref(), entry.title(), entry.link());
    }
}
