package dev.parley.application.assistant.port.in;

import dev.parley.domain.assistant.ArticleBody;
import dev.parley.domain.assistant.ArticleLink;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.ArticleTitle;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin writes a knowledge article.
 *
 * @param actor the agent who asks; must be an active admin
 * @param title its title
 * @param body its text
 * @param language the language it is written in
 * @param link the store's page it comes from; empty for none
 * @param status a draft, or published at once
 */
public record AddKnowledgeArticleCommand(
        AgentId actor,
        ArticleTitle title,
        ArticleBody body,
        Language language,
        Optional<ArticleLink> link,
        ArticleStatus status) {

    public AddKnowledgeArticleCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(status, "status");
    }
}
