package dev.parley.adapters.persistence;

import dev.parley.domain.assistant.ArticleBody;
import dev.parley.domain.assistant.ArticleLink;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.ArticleTitle;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/** A knowledge article: its language as a tag ({@code en}), its status as its code ({@code draft}). */
@Entity(name = "KnowledgeArticle")
@Table(name = "knowledge_article")
class KnowledgeArticleJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "body", nullable = false)
    String body;

    @Column(name = "language", nullable = false)
    String language;

    @Column(name = "link")
    String link;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    static KnowledgeArticleJpaEntity from(KnowledgeArticle article) {
        KnowledgeArticleJpaEntity entity = new KnowledgeArticleJpaEntity();
        entity.id = article.id().toString();
        entity.createdAt = UtcTimes.toColumn(article.createdAt());
        entity.copyStateOf(article);
        return entity;
    }

    /** Copies what a revision changes; inside the entity, so that EclipseLink's change tracking sees it. */
    void copyStateOf(KnowledgeArticle article) {
        title = article.title().value();
        body = article.body().value();
        language = article.language().tag();
        link = article.link().map(ArticleLink::value).orElse(null);
        status = article.status().code();
        updatedAt = UtcTimes.toColumn(article.updatedAt());
    }

    KnowledgeArticle toDomain() {
        return KnowledgeArticle.reconstitute(
                KnowledgeArticleId.of(id),
                new ArticleTitle(title),
                new ArticleBody(body),
                language(language),
                Optional.ofNullable(link).map(ArticleLink::new),
                ArticleStatus.of(status),
                UtcTimes.fromColumn(createdAt),
                UtcTimes.fromColumn(updatedAt));
    }

    static Language language(String tag) {
        return Language.of(tag)
                .orElseThrow(() ->
                        new IllegalStateException("A knowledge article is stored in an unknown language: " + tag));
    }
}
