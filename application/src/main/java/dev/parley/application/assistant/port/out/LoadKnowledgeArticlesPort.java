package dev.parley.application.assistant.port.out;

import dev.parley.application.assistant.port.in.KnowledgeArticleSummary;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.assistant.KnowledgeArticleId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads knowledge articles; driven by the knowledge use cases. */
public interface LoadKnowledgeArticlesPort {

    /**
     * The articles without their text (only its beginning), in no particular order.
     *
     * @param status only those of this status; empty for all
     */
    List<KnowledgeArticleSummary> summaries(Optional<ArticleStatus> status);

    Optional<KnowledgeArticle> findById(KnowledgeArticleId id);

    /** The articles whose link is one of these, in no particular order (several may have the same link). */
    List<KnowledgeArticle> withLinks(Set<String> links);

    /**
     * How many articles the store keeps, drafts included, counted under a lock held until the transaction ends, so
     * that two admins who add the last allowed article at the same time cannot both succeed.
     */
    long countForAdding();
}
