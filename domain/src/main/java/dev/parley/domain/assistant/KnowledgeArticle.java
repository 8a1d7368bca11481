package dev.parley.domain.assistant;

import dev.parley.domain.shared.Language;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A knowledge article: a page of the store's own knowledge (shipping, returns, sizes, ...) that an admin writes for the
 * assistant to answer visitors from. It has a title, a text, the language it is written in and optionally the link of
 * the store's page it comes from, where a visitor can read more.
 *
 * <p>An article starts as a {@linkplain ArticleStatus#DRAFT draft} unless it is written as published; admins revise,
 * publish, unpublish and delete it. The assistant answers only from published articles ({@link #asEntry()}). The
 * store keeps at most a configured number of articles ({@link #requireRoomBeside(long, int)}).
 */
public final class KnowledgeArticle {

    private final KnowledgeArticleId id;
    private final Instant createdAt;
    private ArticleTitle title;
    private ArticleBody body;
    private Language language;
    private Optional<ArticleLink> link;
    private ArticleStatus status;
    private Instant updatedAt;

    private KnowledgeArticle(
            KnowledgeArticleId id,
            ArticleTitle title,
            ArticleBody body,
            Language language,
            Optional<ArticleLink> link,
            ArticleStatus status,
            Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.body = Objects.requireNonNull(body, "body");
        this.language = Objects.requireNonNull(language, "language");
        this.link = Objects.requireNonNull(link, "link");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updated at");
    }

    /** Writes a new article, a draft or published at once. */
    public static KnowledgeArticle write(
            KnowledgeArticleId id,
            ArticleTitle title,
            ArticleBody body,
            Language language,
            Optional<ArticleLink> link,
            ArticleStatus status,
            Instant now) {
        return new KnowledgeArticle(id, title, body, language, link, status, now, now);
    }

    /** Rebuilds an article from what was stored; for persistence adapters only. */
    public static KnowledgeArticle reconstitute(
            KnowledgeArticleId id,
            ArticleTitle title,
            ArticleBody body,
            Language language,
            Optional<ArticleLink> link,
            ArticleStatus status,
            Instant createdAt,
            Instant updatedAt) {
        return new KnowledgeArticle(id, title, body, language, link, status, createdAt, updatedAt);
    }

    /**
     * Checks that the store may keep one more article.
     *
     * @param existing how many articles the store has now, drafts included
     * @param limit how many it may keep
     * @throws TooManyArticlesException when it has that many already
     */
    public static void requireRoomBeside(long existing, int limit) {
        if (existing >= limit) {
            throw new TooManyArticlesException(limit);
        }
    }

    /**
     * Replaces the title, the text, the language and the link; the time of the change is kept only when something
     * changed.
     *
     * @return whether anything changed
     */
    public boolean revise(
            ArticleTitle newTitle,
            ArticleBody newBody,
            Language newLanguage,
            Optional<ArticleLink> newLink,
            Instant now) {
        Objects.requireNonNull(newTitle, "title");
        Objects.requireNonNull(newBody, "body");
        Objects.requireNonNull(newLanguage, "language");
        Objects.requireNonNull(newLink, "link");
        Objects.requireNonNull(now, "now");
        if (title.equals(newTitle) && body.equals(newBody) && language == newLanguage && link.equals(newLink)) {
            return false;
        }
        title = newTitle;
        body = newBody;
        language = newLanguage;
        link = newLink;
        updatedAt = now;
        return true;
    }

    /**
     * Publishes the article (the assistant answers from it from now on) or takes it back to a draft.
     *
     * @return whether its status changed
     */
    public boolean changeStatus(ArticleStatus newStatus, Instant now) {
        Objects.requireNonNull(newStatus, "status");
        Objects.requireNonNull(now, "now");
        if (status == newStatus) {
            return false;
        }
        status = newStatus;
        updatedAt = now;
        return true;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The article as the assistant searches it: its title, its text in its language, and its link. */
    public KnowledgeEntry asEntry() {
        return new KnowledgeEntry(
                KnowledgeKind.ARTICLE,
                id.toString(),
                Optional.of(language),
                title.value(),
                List.of(),
                body.value(),
                link.map(ArticleLink::value));
    }

    public KnowledgeArticleId id() {
        return id;
    }

    public ArticleTitle title() {
        return title;
    }

    public ArticleBody body() {
        return body;
    }

    public Language language() {
        return language;
    }

    public Optional<ArticleLink> link() {
        return link;
    }

    public ArticleStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
