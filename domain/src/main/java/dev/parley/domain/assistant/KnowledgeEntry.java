package dev.parley.domain.assistant;

import dev.parley.domain.shared.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One published piece of the store's knowledge, as the assistant searches it.
 *
 * @param kind an FAQ or an article
 * @param id the FAQ's or the article's id, as text
 * @param language the language it is written in; empty for an FAQ shown in every language
 * @param title an FAQ's question or an article's title
 * @param phrasings an FAQ's alternative phrasings of its question; none for an article
 * @param body an FAQ's answer or an article's text (headings on lines of their own, starting with {@code #})
 * @param link where the visitor can read more (an article's source page); empty for none
 */
public record KnowledgeEntry(
        KnowledgeKind kind,
        String id,
        Optional<Language> language,
        String title,
        List<String> phrasings,
        String body,
        Optional<String> link) {

    public KnowledgeEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        phrasings = List.copyOf(phrasings);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(link, "link");
    }

    /** The entry's reference, such as {@code faq:3f2…}, unique across kinds. */
    public String ref() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
