package dev.parley.application.assistant;

import dev.parley.application.assistant.port.in.ImportOutcome;
import dev.parley.application.assistant.port.in.KnowledgePolicy;
import dev.parley.application.assistant.port.in.PageReport;
import dev.parley.application.assistant.port.out.FetchedPage;
import dev.parley.application.assistant.port.out.LoadKnowledgeArticlesPort;
import dev.parley.application.assistant.port.out.SaveKnowledgeArticlePort;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.domain.assistant.ArticleBody;
import dev.parley.domain.assistant.ArticleLink;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.ArticleTitle;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Stores what an import read, in one transaction of its own that starts only once every page was read (an import may
 * take a minute; no transaction waits for the network). A page's article is the one whose link is the page's address
 * (the oldest, should several have it): new pages become drafts, changed ones replace their article's title, text and
 * language and make it a draft again, unchanged ones are left alone. Recorded in the audit log like an admin's own
 * changes.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class ImportedArticles {

    private LoadKnowledgeArticlesPort articles;
    private SaveKnowledgeArticlePort savedArticles;
    private KnowledgePolicy policy;
    private AdminChangeAudit audit;
    private Clock clock;

    @Inject
    public ImportedArticles(
            LoadKnowledgeArticlesPort articles,
            SaveKnowledgeArticlePort savedArticles,
            KnowledgePolicy policy,
            AdminChangeAudit audit,
            Clock clock) {
        this.articles = articles;
        this.savedArticles = savedArticles;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected ImportedArticles() {}

    /**
     * Checks, before anything is read, that the actor may import (the audit's check needs a transaction).
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is no admin
     */
    public void requireAdmin(AgentId actor) {
        audit.requireAdmin(actor);
    }

    /**
     * Stores the pages read.
     *
     * @return one report per page, in their order
     */
    public List<PageReport> store(AgentId actor, List<FetchedPage> pages) {
        AuditActor admin = audit.requireAdmin(actor);
        // Counted first, under the lock that adding takes, so that two imports of the same page cannot both add it.
        long count = articles.countForAdding();
        Map<String, KnowledgeArticle> imported =
                articles
                        .withLinks(pages.stream()
                                .map(page -> page.address().value())
                                .collect(Collectors.toSet()))
                        .stream()
                        .filter(article -> article.link().isPresent())
                        .collect(Collectors.toMap(
                                article -> article.link().get().value(), article -> article, oldest()));
        Instant now = clock.instant();
        List<PageReport> reports = new ArrayList<>();
        for (FetchedPage page : pages) {
            String url = page.address().value();
            if (page.content().isEmpty()) {
                reports.add(PageReport.skipped(url, page.skipReason().orElseThrow()));
                continue;
            }
            FetchedPage.Content content = page.content().get();
            ArticleTitle title;
            ArticleBody body;
            try {
                title = new ArticleTitle(content.title());
                body = new ArticleBody(content.text());
            } catch (InvalidValueException unusable) {
                reports.add(PageReport.skipped(url, "no_text"));
                continue;
            }
            Optional<ArticleLink> link = Optional.of(page.address().asLink());
            KnowledgeArticle article = imported.get(url);
            if (article != null) {
                reports.add(revise(admin, article, title, body, content, link, now, url));
            } else if (count >= policy.maxArticles()) {
                reports.add(PageReport.skipped(url, "too_many_articles"));
            } else {
                KnowledgeArticle added = KnowledgeArticle.write(
                        KnowledgeArticleId.random(), title, body, content.language(), link, ArticleStatus.DRAFT, now);
                savedArticles.create(added);
                count++;
                imported.put(url, added);
                Map<String, Object> summary = about(added, url);
                summary.put("articleLanguage", added.language().tag());
                summary.put("status", added.status().code());
                audit.record(admin, KnowledgeArticleService.ADDED, summary);
                reports.add(PageReport.of(url, ImportOutcome.CREATED, added.id()));
            }
        }
        return reports;
    }

    private PageReport revise(
            AuditActor admin,
            KnowledgeArticle article,
            ArticleTitle title,
            ArticleBody body,
            FetchedPage.Content content,
            Optional<ArticleLink> link,
            Instant now,
            String url) {
        String titleBefore = article.title().value();
        boolean bodyChanged = !article.body().equals(body);
        if (!article.revise(title, body, content.language(), link, now)) {
            return PageReport.of(url, ImportOutcome.UNCHANGED, article.id());
        }
        // Changed text is unchecked text: it waits for an admin again rather than reach visitors at once.
        boolean unpublished = article.changeStatus(ArticleStatus.DRAFT, now);
        savedArticles.update(article);
        Map<String, Object> summary = about(article, url);
        if (!titleBefore.equals(article.title().value())) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("before", titleBefore);
            change.put("after", article.title().value());
            summary.put("title", change);
        }
        summary.put("bodyChanged", bodyChanged);
        audit.record(admin, KnowledgeArticleService.REVISED, summary);
        if (unpublished) {
            audit.record(admin, KnowledgeArticleService.UNPUBLISHED, about(article, url));
        }
        return PageReport.of(url, ImportOutcome.UPDATED, article.id());
    }

    private static Map<String, Object> about(KnowledgeArticle article, String url) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("article", article.id().toString());
        summary.put("title", article.title().value());
        summary.put("importedFrom", url);
        return summary;
    }

    private static BinaryOperator<KnowledgeArticle> oldest() {
        Comparator<KnowledgeArticle> byAge = Comparator.comparing(KnowledgeArticle::createdAt)
                .thenComparing(article -> article.id().value());
        return (one, other) -> byAge.compare(one, other) <= 0 ? one : other;
    }
}
