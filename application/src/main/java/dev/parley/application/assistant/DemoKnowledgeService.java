package dev.parley.application.assistant;

import dev.parley.application.assistant.port.in.DemoKnowledgeOutcome;
import dev.parley.application.assistant.port.in.DemoKnowledgeOutcome.Result;
import dev.parley.application.assistant.port.in.DemoKnowledgePolicy;
import dev.parley.application.assistant.port.in.SeedDemoKnowledgeUseCase;
import dev.parley.application.assistant.port.out.DemoKnowledge;
import dev.parley.application.assistant.port.out.LoadDemoKnowledgePort;
import dev.parley.application.assistant.port.out.SeedKnowledgePort;
import dev.parley.application.settings.port.in.FaqSettingsQuery;
import dev.parley.application.settings.port.in.RefreshSettingsUseCase;
import dev.parley.domain.assistant.ArticleBody;
import dev.parley.domain.assistant.ArticleLink;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.ArticleTitle;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Gives the demo store its knowledge at start-up, so that {@code /demo/} shows the AI agent answering from the first
 * command: the demo FAQs and knowledge articles, all published, into a store that has neither FAQs nor articles. A
 * store with knowledge of its own is never touched, so running it again changes nothing. Not an admin's change: it is
 * not in the audit log (the server logs it).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class DemoKnowledgeService implements SeedDemoKnowledgeUseCase {

    private DemoKnowledgePolicy policy;
    private LoadDemoKnowledgePort demo;
    private SeedKnowledgePort store;
    private RefreshSettingsUseCase settings;
    private Clock clock;

    @Inject
    public DemoKnowledgeService(
            DemoKnowledgePolicy policy,
            LoadDemoKnowledgePort demo,
            SeedKnowledgePort store,
            RefreshSettingsUseCase settings,
            Clock clock) {
        this.policy = policy;
        this.demo = demo;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected DemoKnowledgeService() {}

    @Override
    public DemoKnowledgeOutcome seed() {
        if (!policy.enabled()) {
            return DemoKnowledgeOutcome.of(Result.OFF);
        }
        Optional<DemoKnowledge> knowledge = demo.load();
        if (knowledge.isEmpty()) {
            return DemoKnowledgeOutcome.of(Result.MISSING);
        }
        if (store.hasKnowledge()) {
            return DemoKnowledgeOutcome.of(Result.KEPT);
        }
        Instant now = clock.instant();
        List<KnowledgeArticle> articles = knowledge.get().articles().stream()
                .map(article -> KnowledgeArticle.write(
                        article.id(),
                        new ArticleTitle(article.title()),
                        new ArticleBody(article.body()),
                        article.language(),
                        article.link().map(ArticleLink::new),
                        ArticleStatus.PUBLISHED,
                        now))
                .toList();
        store.seed(knowledge.get().faqs(), articles);
        // This node may have kept the FAQs in memory already; a start-up's demo store has no other node to tell.
        settings.refresh(FaqSettingsQuery.SECTION);
        return new DemoKnowledgeOutcome(Result.SEEDED, knowledge.get().faqs().size(), articles.size());
    }
}
