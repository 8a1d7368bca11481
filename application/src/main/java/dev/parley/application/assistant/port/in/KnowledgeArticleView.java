package dev.parley.application.assistant.port.in;

import dev.parley.domain.assistant.ArticleLink;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.shared.Language;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A knowledge article as the admin's editor shows it, whole.
 *
 * @param id the article
 * @param title its title
 * @param body its text
 * @param language the language it is written in
 * @param link the store's page it comes from; empty for none
 * @param status draft or published
 * @param createdAt when it was written
 * @param updatedAt when it was written or last changed
 */
public record KnowledgeArticleView(
        KnowledgeArticleId id,
        String title,
        String body,
        Language language,
        Optional<String> link,
        ArticleStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public KnowledgeArticleView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "created at");
        Objects.requireNonNull(updatedAt, "updated at");
    }

    public static KnowledgeArticleView of(KnowledgeArticle article) {
        return new KnowledgeArticleView(
                article.id(),
                article.title().value(),
                article.body().value(),
                article.language(),
                article.link().map(ArticleLink::value),
                article.status(),
                article.createdAt(),
                article.updatedAt());
    }
}
