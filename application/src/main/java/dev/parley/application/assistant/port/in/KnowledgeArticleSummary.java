package dev.parley.application.assistant.port.in;

import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.shared.Language;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A knowledge article as the admin's list shows it: everything but its text, of which only the beginning.
 *
 * @param id the article
 * @param title its title
 * @param language the language it is written in
 * @param link the store's page it comes from; empty for none
 * @param status draft or published
 * @param updatedAt when it was written or last changed
 * @param excerpt the beginning of its text, at most {@value #EXCERPT_LENGTH} characters, on one line
 */
public record KnowledgeArticleSummary(
        KnowledgeArticleId id,
        String title,
        Language language,
        Optional<String> link,
        ArticleStatus status,
        Instant updatedAt,
        String excerpt) {

    /** The longest excerpt, in characters. */
    public static final int EXCERPT_LENGTH = 160;

    public KnowledgeArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updated at");
        excerpt = excerptOf(Objects.requireNonNull(excerpt, "excerpt"));
    }

    /** The beginning of a text on one line: its white space collapsed, at most {@value #EXCERPT_LENGTH} characters. */
    public static String excerptOf(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= EXCERPT_LENGTH) {
            return line;
        }
        int end = EXCERPT_LENGTH;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }
}
