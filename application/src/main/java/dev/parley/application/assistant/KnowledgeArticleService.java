package dev.parley.application.assistant;

import dev.parley.application.assistant.port.in.AddKnowledgeArticleCommand;
import dev.parley.application.assistant.port.in.AddKnowledgeArticleUseCase;
import dev.parley.application.assistant.port.in.DeleteKnowledgeArticleCommand;
import dev.parley.application.assistant.port.in.DeleteKnowledgeArticleUseCase;
import dev.parley.application.assistant.port.in.KnowledgeArticleSummary;
import dev.parley.application.assistant.port.in.KnowledgeArticleView;
import dev.parley.application.assistant.port.in.KnowledgeArticlesQuery;
import dev.parley.application.assistant.port.in.KnowledgePolicy;
import dev.parley.application.assistant.port.in.ReviseKnowledgeArticleCommand;
import dev.parley.application.assistant.port.in.ReviseKnowledgeArticleUseCase;
import dev.parley.application.assistant.port.out.LoadKnowledgeArticlesPort;
import dev.parley.application.assistant.port.out.SaveKnowledgeArticlePort;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.domain.assistant.ArticleLink;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.assistant.KnowledgeArticleNotFoundException;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's knowledge articles: admins write, revise, publish, unpublish and delete them, and list them. Every change
 * is recorded in the audit log with it (by the audit log's codes {@value #ADDED}, {@value #REVISED}, {@value
 * #PUBLISHED}, {@value #UNPUBLISHED} and {@value #DELETED}); the assistant sees a change through the fingerprint of the
 * store's knowledge once it is committed.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class KnowledgeArticleService
        implements KnowledgeArticlesQuery,
                AddKnowledgeArticleUseCase,
                ReviseKnowledgeArticleUseCase,
                DeleteKnowledgeArticleUseCase {

    static final String ADDED = "article.added";
    static final String REVISED = "article.revised";
    static final String PUBLISHED = "article.published";
    static final String UNPUBLISHED = "article.unpublished";
    static final String DELETED = "article.deleted";

    private static final Comparator<KnowledgeArticleSummary> BY_TITLE = Comparator.comparing(
                    KnowledgeArticleSummary::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(KnowledgeArticleSummary::title)
            .thenComparing(summary -> summary.id().value());

    private LoadKnowledgeArticlesPort articles;
    private SaveKnowledgeArticlePort savedArticles;
    private KnowledgePolicy policy;
    private AdminChangeAudit audit;
    private Clock clock;

    @Inject
    public KnowledgeArticleService(
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
    protected KnowledgeArticleService() {}

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public List<KnowledgeArticleSummary> articles(Optional<ArticleStatus> status) {
        return articles.summaries(status).stream().sorted(BY_TITLE).toList();
    }

    @Override
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
    public KnowledgeArticleView article(KnowledgeArticleId id) {
        return KnowledgeArticleView.of(load(id));
    }

    @Override
    public KnowledgeArticleView add(AddKnowledgeArticleCommand command) {
        AuditActor admin = audit.requireAdmin(command.actor());
        KnowledgeArticle.requireRoomBeside(articles.countForAdding(), policy.maxArticles());
        KnowledgeArticle article = KnowledgeArticle.write(
                KnowledgeArticleId.random(),
                command.title(),
                command.body(),
                command.language(),
                command.link(),
                command.status(),
                clock.instant());
        savedArticles.create(article);
        Map<String, Object> summary = about(article);
        summary.put("articleLanguage", article.language().tag());
        summary.put("status", article.status().code());
        audit.record(admin, ADDED, summary);
        return KnowledgeArticleView.of(article);
    }

    @Override
    public KnowledgeArticleView revise(ReviseKnowledgeArticleCommand command) {
        AuditActor admin = audit.requireAdmin(command.actor());
        KnowledgeArticle article = load(command.article());
        String titleBefore = article.title().value();
        String bodyBefore = article.body().value();
        Language languageBefore = article.language();
        Optional<ArticleLink> linkBefore = article.link();
        Instant now = clock.instant();
        boolean revised = article.revise(command.title(), command.body(), command.language(), command.link(), now);
        boolean statusChanged = article.changeStatus(command.status(), now);
        if (!revised && !statusChanged) {
            return KnowledgeArticleView.of(article);
        }
        savedArticles.update(article);
        if (revised) {
            Map<String, Object> summary = about(article);
            if (!titleBefore.equals(article.title().value())) {
                summary.put("title", change(titleBefore, article.title().value()));
            }
            if (languageBefore != article.language()) {
                summary.put(
                        "articleLanguage",
                        change(languageBefore.tag(), article.language().tag()));
            }
            if (!linkBefore.equals(article.link())) {
                summary.put("link", change(text(linkBefore), text(article.link())));
            }
            summary.put("bodyChanged", !bodyBefore.equals(article.body().value()));
            audit.record(admin, REVISED, summary);
        }
        if (statusChanged) {
            audit.record(admin, article.isPublished() ? PUBLISHED : UNPUBLISHED, about(article));
        }
        return KnowledgeArticleView.of(article);
    }

    @Override
    public void delete(DeleteKnowledgeArticleCommand command) {
        AuditActor admin = audit.requireAdmin(command.actor());
        KnowledgeArticle article = load(command.article());
        if (!savedArticles.delete(command.article())) {
            throw new KnowledgeArticleNotFoundException(command.article());
        }
        Map<String, Object> summary = about(article);
        summary.put("status", article.status().code());
        audit.record(admin, DELETED, summary);
    }

    private KnowledgeArticle load(KnowledgeArticleId id) {
        return articles.findById(id).orElseThrow(() -> new KnowledgeArticleNotFoundException(id));
    }

    private static Map<String, Object> about(KnowledgeArticle article) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("article", article.id().toString());
        summary.put("title", article.title().value());
        return summary;
    }

    /** A change as the audit log records it: {@code {"before": ..., "after": ...}}, an empty text for none. */
    private static Map<String, Object> change(String before, String after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("before", before);
        change.put("after", after);
        return change;
    }

    private static String text(Optional<ArticleLink> link) {
        return link.map(ArticleLink::value).orElse("");
    }
}
