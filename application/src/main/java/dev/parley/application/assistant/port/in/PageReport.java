package dev.parley.application.assistant.port.in;

import dev.parley.domain.assistant.KnowledgeArticleId;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import did with one page.
 *
 * @param url the page's address, as listed
 * @param outcome what was done
 * @param reason why a skipped page was skipped, a stable code ({@code robots_disallowed}, {@code not_found}, ...);
 *     empty otherwise
 * @param article the article that holds the page's text; empty for a skipped page
 */
public record PageReport(
        String url, ImportOutcome outcome, Optional<String> reason, Optional<KnowledgeArticleId> article) {

    public PageReport {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(article, "article");
        if ((outcome == ImportOutcome.SKIPPED) != reason.isPresent()
                || (outcome == ImportOutcome.SKIPPED) == article.isPresent()) {
            throw new IllegalArgumentException("A skipped page has a reason and no article; any other an article");
        }
    }

    public static PageReport skipped(String url, String reason) {
        return new PageReport(url, ImportOutcome.SKIPPED, Optional.of(reason), Optional.empty());
    }

    public static PageReport of(String url, ImportOutcome outcome, KnowledgeArticleId article) {
        return new PageReport(url, outcome, Optional.empty(), Optional.of(article));
    }
}
