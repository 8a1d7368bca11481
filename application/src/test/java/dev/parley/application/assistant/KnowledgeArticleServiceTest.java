package dev.parley.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.assistant.port.in.AddKnowledgeArticleCommand;
import dev.parley.application.assistant.port.in.DeleteKnowledgeArticleCommand;
import dev.parley.application.assistant.port.in.KnowledgeArticleSummary;
import dev.parley.application.assistant.port.in.KnowledgeArticleView;
import dev.parley.application.assistant.port.in.KnowledgePolicy;
import dev.parley.application.assistant.port.in.ReviseKnowledgeArticleCommand;
import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.MovableClock;
import dev.parley.application.tag.InMemoryAgents;
import dev.parley.application.team.AdminChangeAuditService;
import dev.parley.domain.assistant.ArticleBody;
import dev.parley.domain.assistant.ArticleLink;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.ArticleTitle;
import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.assistant.KnowledgeArticleNotFoundException;
import dev.parley.domain.assistant.TooManyArticlesException;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.Language;
import dev.parley.domain.team.AdminsOnlyException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnowledgeArticleServiceTest {

    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");

    private final InMemoryKnowledgeArticles articles = new InMemoryKnowledgeArticles();
    private final InMemoryAgents agents = new InMemoryAgents();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final MovableClock clock = new MovableClock(START);

    private final Agent ada = agents.add("Ada Lovelace", Role.ADMIN);
    private final Agent bob = agents.add("Bob Marley", Role.AGENT);

    private KnowledgeArticleService service(int limit) {
        return new KnowledgeArticleService(
                articles,
                articles,
                new KnowledgePolicy(limit),
                new AdminChangeAuditService(agents, audit, clock),
                clock);
    }

    private final KnowledgeArticleService service = service(KnowledgePolicy.DEFAULT_MAX_ARTICLES);

    @Test
    void an_admin_writes_articles_that_are_listed_by_title_ignoring_case_and_read_whole() {
        KnowledgeArticleView returns =
                service.add(add(ada.id(), "returns", "# Returns\nWithin 30 days.", ArticleStatus.PUBLISHED));
        clock.advance(Duration.ofMinutes(1));
        KnowledgeArticleView shipping = service.add(new AddKnowledgeArticleCommand(
                ada.id(),
                new ArticleTitle(" Shipping "),
                new ArticleBody("Two   days\n\nby courier."),
                Language.POLISH,
                Optional.of(new ArticleLink("https://shop.example.com/shipping")),
                ArticleStatus.DRAFT));

        assertThat(service.articles(Optional.empty()))
                .extracting(KnowledgeArticleSummary::title)
                .containsExactly("returns", "Shipping");
        KnowledgeArticleSummary listed = service.articles(Optional.empty()).get(1);
        assertThat(listed.excerpt()).isEqualTo("Two days by courier.");
        assertThat(listed.language()).isEqualTo(Language.POLISH);
        assertThat(listed.link()).contains("https://shop.example.com/shipping");
        assertThat(listed.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(service.article(shipping.id())).isEqualTo(shipping);
        assertThat(shipping.body()).isEqualTo("Two   days\n\nby courier.");
        assertThat(service.article(returns.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);

        AuditEntry entry = audit.entries().get(1);
        assertThat(entry.action()).isEqualTo(AuditAction.ARTICLE_ADDED);
        assertThat(entry.actorName()).isEqualTo("Ada Lovelace");
        assertThat(entry.summary())
                .containsEntry("article", shipping.id().toString())
                .containsEntry("title", "Shipping")
                .containsEntry("articleLanguage", "pl")
                .containsEntry("status", "draft");
    }

    @Test
    void the_list_is_filtered_by_status() {
        service.add(add(ada.id(), "Draft one", "Text.", ArticleStatus.DRAFT));
        service.add(add(ada.id(), "Published one", "Text.", ArticleStatus.PUBLISHED));

        assertThat(service.articles(Optional.of(ArticleStatus.DRAFT)))
                .extracting(KnowledgeArticleSummary::title)
                .containsExactly("Draft one");
        assertThat(service.articles(Optional.of(ArticleStatus.PUBLISHED)))
                .extracting(KnowledgeArticleSummary::title)
                .containsExactly("Published one");
    }

    @Test
    void a_revision_records_what_changed_and_publishing_is_recorded_apart() {
        KnowledgeArticleView draft = service.add(add(ada.id(), "Sizes", "S, M, L.", ArticleStatus.DRAFT));
        clock.advance(Duration.ofMinutes(5));

        KnowledgeArticleView revised = service.revise(new ReviseKnowledgeArticleCommand(
                ada.id(),
                draft.id(),
                new ArticleTitle("Size guide"),
                new ArticleBody("S, M, L, XL."),
                Language.ENGLISH,
                Optional.of(new ArticleLink("https://shop.example.com/sizes")),
                ArticleStatus.PUBLISHED));

        assertThat(revised.title()).isEqualTo("Size guide");
        assertThat(revised.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(revised.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(revised.createdAt()).isEqualTo(START);
        assertThat(service.article(draft.id())).isEqualTo(revised);
        assertThat(audit.entries())
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.ARTICLE_ADDED, AuditAction.ARTICLE_REVISED, AuditAction.ARTICLE_PUBLISHED);
        assertThat(audit.entries().get(1).summary())
                .containsEntry("title", AuditEntry.change("Sizes", "Size guide"))
                .containsEntry("link", AuditEntry.change("", "https://shop.example.com/sizes"))
                .containsEntry("bodyChanged", true)
                .doesNotContainKey("articleLanguage");

        service.revise(revise(revised, ArticleStatus.DRAFT));

        assertThat(service.article(draft.id()).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(audit.entries()).extracting(AuditEntry::action).endsWith(AuditAction.ARTICLE_UNPUBLISHED);
        assertThat(audit.entries()).hasSize(4);
    }

    @Test
    void a_revision_that_changes_nothing_stores_and_records_nothing() {
        KnowledgeArticleView article = service.add(add(ada.id(), "Warranty", "Two years.", ArticleStatus.PUBLISHED));
        int writes = articles.writes;
        clock.advance(Duration.ofMinutes(1));

        KnowledgeArticleView same = service.revise(revise(article, ArticleStatus.PUBLISHED));

        assertThat(same).isEqualTo(article);
        assertThat(articles.writes).isEqualTo(writes);
        assertThat(audit.entries()).hasSize(1);
    }

    @Test
    void an_admin_deletes_an_article_once() {
        KnowledgeArticleView article = service.add(add(ada.id(), "Payment", "Cards.", ArticleStatus.PUBLISHED));

        service.delete(new DeleteKnowledgeArticleCommand(ada.id(), article.id()));

        assertThat(service.articles(Optional.empty())).isEmpty();
        assertThat(audit.entries().get(1).action()).isEqualTo(AuditAction.ARTICLE_DELETED);
        assertThat(audit.entries().get(1).summary())
                .containsEntry("title", "Payment")
                .containsEntry("status", "published");
        assertThatThrownBy(() -> service.delete(new DeleteKnowledgeArticleCommand(ada.id(), article.id())))
                .isInstanceOf(KnowledgeArticleNotFoundException.class)
                .extracting("code")
                .isEqualTo("article_not_found");
        assertThat(audit.entries()).hasSize(2);
    }

    @Test
    void agents_and_unknown_callers_change_nothing() {
        KnowledgeArticleView article = service.add(add(ada.id(), "Kept", "Kept.", ArticleStatus.DRAFT));
        int writes = articles.writes;

        for (AgentId caller : List.of(bob.id(), AgentId.random())) {
            assertThatThrownBy(() -> service.add(add(caller, "Agent's", "No.", ArticleStatus.DRAFT)))
                    .isInstanceOf(AdminsOnlyException.class);
            assertThatThrownBy(() -> service.revise(new ReviseKnowledgeArticleCommand(
                            caller,
                            article.id(),
                            new ArticleTitle("Taken"),
                            new ArticleBody("Over."),
                            Language.ENGLISH,
                            Optional.empty(),
                            ArticleStatus.PUBLISHED)))
                    .isInstanceOf(AdminsOnlyException.class);
            assertThatThrownBy(() -> service.delete(new DeleteKnowledgeArticleCommand(caller, article.id())))
                    .isInstanceOf(AdminsOnlyException.class);
        }

        assertThat(articles.writes).isEqualTo(writes);
        assertThat(service.article(article.id())).isEqualTo(article);
        assertThat(audit.entries()).hasSize(1);
    }

    @Test
    void an_unknown_article_is_not_found() {
        KnowledgeArticleId nobody = KnowledgeArticleId.random();

        assertThatThrownBy(() -> service.article(nobody)).isInstanceOf(KnowledgeArticleNotFoundException.class);
        assertThatThrownBy(() -> service.revise(new ReviseKnowledgeArticleCommand(
                        ada.id(),
                        nobody,
                        new ArticleTitle("Ghost"),
                        new ArticleBody("Boo."),
                        Language.ENGLISH,
                        Optional.empty(),
                        ArticleStatus.DRAFT)))
                .isInstanceOf(KnowledgeArticleNotFoundException.class);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void the_store_keeps_at_most_the_configured_number_of_articles_drafts_included() {
        KnowledgeArticleService limited = service(2);
        limited.add(add(ada.id(), "One", "1", ArticleStatus.DRAFT));
        limited.add(add(ada.id(), "Two", "2", ArticleStatus.PUBLISHED));

        assertThatThrownBy(() -> limited.add(add(ada.id(), "Three", "3", ArticleStatus.DRAFT)))
                .isInstanceOf(TooManyArticlesException.class)
                .extracting("code")
                .isEqualTo("too_many_articles");
        assertThat(articles.size()).isEqualTo(2);
        assertThat(audit.entries()).hasSize(2);

        limited.delete(new DeleteKnowledgeArticleCommand(
                ada.id(), limited.articles(Optional.empty()).get(0).id()));
        limited.add(add(ada.id(), "Three", "3", ArticleStatus.DRAFT));
        assertThat(articles.size()).isEqualTo(2);
    }

    @Test
    void every_audit_code_the_service_records_is_one_the_audit_log_knows() {
        for (String code : List.of(
                KnowledgeArticleService.ADDED,
                KnowledgeArticleService.REVISED,
                KnowledgeArticleService.PUBLISHED,
                KnowledgeArticleService.UNPUBLISHED,
                KnowledgeArticleService.DELETED)) {
            assertThat(AuditAction.ofCode(code).code()).isEqualTo(code);
        }
    }

    private static AddKnowledgeArticleCommand add(AgentId actor, String title, String body, ArticleStatus status) {
        return new AddKnowledgeArticleCommand(
                actor, new ArticleTitle(title), new ArticleBody(body), Language.ENGLISH, Optional.empty(), status);
    }

    private ReviseKnowledgeArticleCommand revise(KnowledgeArticleView article, ArticleStatus status) {
        return new ReviseKnowledgeArticleCommand(
                ada.id(),
                article.id(),
                new ArticleTitle(article.title()),
                new ArticleBody(article.body()),
                article.language(),
                article.link().map(ArticleLink::new),
                status);
    }
}
