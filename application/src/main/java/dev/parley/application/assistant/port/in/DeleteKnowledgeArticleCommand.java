package dev.parley.application.assistant.port.in;

import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.shared.AgentId;
import java.util.Objects;

/**
 * An admin deletes a knowledge article.
 *
 * @param actor the agent who asks; must be an active admin
 * @param article the article
 */
public record DeleteKnowledgeArticleCommand(AgentId actor, KnowledgeArticleId article) {

    public DeleteKnowledgeArticleCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(article, "article");
    }
}
