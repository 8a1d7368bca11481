package dev.parley.application.assistant.port.in;

import dev.parley.domain.assistant.ArticleBody;
import dev.parley.domain.assistant.ArticleLink;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.ArticleTitle;
import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin replaces a knowledge article: its content, and whether it is published.
 *
 * @param actor the agent who asks; must be an active admin
 * @param article the article
 * @param title its new title
 * @param body its new text
 * @param language the language it is written in
 * @param link the store's page it comes from; empty for none
 * @param status draft (unpublished) or published
 */
public record ReviseKnowledgeArticleCommand(
        AgentId actor,
        KnowledgeArticleId article,
        ArticleTitle title,
        ArticleBody body,
        Language language,
        Optional<ArticleLink> link,
        ArticleStatus status) {

    public ReviseKnowledgeArticleCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(status, "status");
    }
}
