package dev.parley.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.application.assistant.port.in.ImportOutcome;
import dev.parley.application.assistant.port.in.ImportSiteCommand;
import dev.parley.application.assistant.port.in.KnowledgePolicy;
import dev.parley.application.assistant.port.in.PageReport;
import dev.parley.application.assistant.port.in.SiteImportPolicy;
import dev.parley.application.assistant.port.in.SiteImportReport;
import dev.parley.application.assistant.port.out.FetchPagePort;
import dev.parley.application.assistant.port.out.FetchedPage;
import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.MovableClock;
import dev.parley.application.settings.port.in.AllowedOriginQuery;
import dev.parley.application.settings.port.in.RequestOrigin;
import dev.parley.application.tag.InMemoryAgents;
import dev.parley.application.team.AdminChangeAuditService;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.assistant.PageAddress;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import dev.parley.domain.team.AdminsOnlyException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteImportServiceTest {

    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");
    private static final String SHOP = "https://shop.example";

    private final InMemoryKnowledgeArticles articles = new InMemoryKnowledgeArticles();
    private final InMemoryAgents agents = new InMemoryAgents();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final MovableClock clock = new MovableClock(START);
    private final FakeSite site = new FakeSite();

    private final Agent ada = agents.add("Ada Lovelace", Role.ADMIN);
    private final Agent bob = agents.add("Bob Marley", Role.AGENT);

    private SiteImportService service(int maxPages, int maxArticles) {
        AdminChangeAuditService changes = new AdminChangeAuditService(agents, audit, clock);
        return new SiteImportService(
                site,
                new StoreOrigins(AllowedOrigins.of(SHOP, "http://localhost:8080")),
                new ImportedArticles(articles, articles, new KnowledgePolicy(maxArticles), changes, clock),
                new SiteImportPolicy(maxPages, 1_000, 1_000, Duration.ofSeconds(60), Duration.ofSeconds(10), false),
                clock);
    }

    private final SiteImportService service = service(3, 100);

    @Test
    void imports_the_listed_pages_as_drafts_linked_to_their_page() {
        site.page(SHOP + "/returns", "Returns", "# Returns\nWithin 30 days.", Language.ENGLISH);
        site.page(SHOP + "/zwroty", "Zwroty", "Masz 30 dni.", Language.POLISH);

        SiteImportReport report = service.importSite(pages(SHOP + "/returns", " HTTPS://Shop.Example:443/zwroty#top"));

        assertThat(report.pages())
                .extracting(PageReport::url, PageReport::outcome)
                .containsExactly(
                        tuple(SHOP + "/returns", ImportOutcome.CREATED),
                        tuple(SHOP + "/zwroty", ImportOutcome.CREATED));
        KnowledgeArticle returns = article(report.pages().get(0));
        assertThat(returns.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(returns.title().value()).isEqualTo("Returns");
        assertThat(returns.body().value()).isEqualTo("# Returns\nWithin 30 days.");
        assertThat(returns.link().orElseThrow().value()).isEqualTo(SHOP + "/returns");
        assertThat(article(report.pages().get(1)).language()).isEqualTo(Language.POLISH);
        assertThat(audit.entries()).extracting(AuditEntry::action).containsOnly(AuditAction.ARTICLE_ADDED);
        assertThat(audit.entries().get(0).summary()).containsEntry("importedFrom", SHOP + "/returns");
    }

    @Test
    void importing_again_updates_changed_pages_back_to_draft_and_leaves_unchanged_ones_alone() {
        site.page(SHOP + "/returns", "Returns", "Within 30 days.", Language.ENGLISH);
        site.page(SHOP + "/shipping", "Shipping", "Two days.", Language.ENGLISH);
        SiteImportReport first = service.importSite(pages(SHOP + "/returns", SHOP + "/shipping"));
        KnowledgeArticle returns = article(first.pages().get(0));
        returns.changeStatus(ArticleStatus.PUBLISHED, START);
        articles.update(returns);
        int writes = articles.writes;
        int entries = audit.entries().size();
        clock.advance(Duration.ofDays(1));
        site.page(SHOP + "/returns", "Returns", "Within 60 days.", Language.ENGLISH);

        SiteImportReport second = service.importSite(pages(SHOP + "/returns", SHOP + "/shipping"));

        assertThat(second.pages())
                .extracting(PageReport::outcome)
                .containsExactly(ImportOutcome.UPDATED, ImportOutcome.UNCHANGED);
        assertThat(second.pages().get(0).article()).contains(returns.id());
        KnowledgeArticle updated = article(second.pages().get(0));
        assertThat(updated.body().value()).isEqualTo("Within 60 days.");
        assertThat(updated.status())
                .as("changed text waits for an admin before visitors get it")
                .isEqualTo(ArticleStatus.DRAFT);
        assertThat(updated.updatedAt()).isEqualTo(START.plus(Duration.ofDays(1)));
        assertThat(articles.writes).isEqualTo(writes + 1);
        assertThat(audit.entries().subList(entries, audit.entries().size()))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.ARTICLE_REVISED, AuditAction.ARTICLE_UNPUBLISHED);
        assertThat(articles.size()).isEqualTo(2);
    }

    @Test
    void refused_imports_read_and_store_nothing() {
        site.page(SHOP + "/returns", "Returns", "Within 30 days.", Language.ENGLISH);
        site.refuse("shop.example");

        assertRefused(() -> service.importSite(pages("https://evil.example/x")), "import_origin_not_allowed");
        assertRefused(
                () -> service.importSite(pages(SHOP + "/returns", "http://shop.example/returns")),
                "import_origin_not_allowed");
        assertRefused(
                () -> service.importSite(pages(SHOP + "/a", SHOP + "/b", SHOP + "/c", SHOP + "/d")),
                "too_many_import_urls");
        assertRefused(() -> service.importSite(pages(SHOP + "/returns")), "import_address_refused");
        assertRefused(
                () -> service.importSite(
                        ImportSiteCommand.sitemap(ada.id(), new PageAddress("https://evil.example/sitemap.xml"))),
                "import_origin_not_allowed");
        assertThatThrownBy(() -> service.importSite(ImportSiteCommand.pages(bob.id(), List.of(address(SHOP + "/x")))))
                .isInstanceOf(AdminsOnlyException.class);

        assertThat(site.read).isEmpty();
        assertThat(articles.size()).isZero();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void the_same_page_twice_counts_once() {
        site.page(SHOP + "/returns", "Returns", "Within 30 days.", Language.ENGLISH);

        SiteImportReport report =
                service.importSite(pages(SHOP + "/returns", SHOP + "/returns", SHOP + "/returns", SHOP + "/returns"));

        assertThat(report.pages()).hasSize(1);
        assertThat(site.read).containsExactly(SHOP + "/returns");
    }

    @Test
    void a_sitemap_imports_the_store_s_pages_within_the_limit_and_reports_the_others() {
        site.listed = List.of(
                SHOP + "/a",
                "not an address",
                "https://evil.example/b",
                SHOP + "/a",
                SHOP + "/c",
                SHOP + "/d",
                SHOP + "/e");
        for (String page : List.of("/a", "/c", "/d", "/e")) {
            site.page(SHOP + page, page, "Text of " + page, Language.ENGLISH);
        }

        SiteImportReport report =
                service.importSite(ImportSiteCommand.sitemap(ada.id(), address(SHOP + "/sitemap.xml")));

        assertThat(report.pages())
                .extracting(page -> page.url() + " " + page.outcome().code() + " "
                        + page.reason().orElse(""))
                .containsExactly(
                        SHOP + "/a created ",
                        "not an address skipped invalid_url",
                        "https://evil.example/b skipped origin_not_allowed",
                        SHOP + "/c created ",
                        SHOP + "/d created ",
                        SHOP + "/e skipped page_limit");
        assertThat(site.read).containsExactly(SHOP + "/a", SHOP + "/c", SHOP + "/d");
    }

    @Test
    void reports_the_pages_the_site_skipped_and_those_beyond_the_article_limit() {
        SiteImportService service = service(3, 1);
        site.page(SHOP + "/a", "A", "Text A", Language.ENGLISH);
        site.skip(SHOP + "/gone", "not_found");
        site.page(SHOP + "/b", "B", "Text B", Language.ENGLISH);

        SiteImportReport report = service.importSite(pages(SHOP + "/a", SHOP + "/gone", SHOP + "/b"));

        assertThat(report.pages())
                .extracting(page -> page.outcome().code() + " " + page.reason().orElse(""))
                .containsExactly("created ", "skipped not_found", "skipped too_many_articles");
        assertThat(report.count(ImportOutcome.SKIPPED)).isEqualTo(2);
        assertThat(articles.size()).isEqualTo(1);
    }

    @Test
    void an_import_needs_pages_or_a_sitemap_but_not_both() {
        assertRefused(() -> new ImportSiteCommand(ada.id(), List.of(), Optional.empty()), "invalid_import_request");
        assertRefused(
                () -> new ImportSiteCommand(
                        ada.id(), List.of(address(SHOP + "/a")), Optional.of(address(SHOP + "/sitemap.xml"))),
                "invalid_import_request");
    }

    private ImportSiteCommand pages(String... urls) {
        return ImportSiteCommand.pages(
                ada.id(),
                List.of(urls).stream().map(SiteImportServiceTest::address).toList());
    }

    private static PageAddress address(String url) {
        return new PageAddress(url);
    }

    private KnowledgeArticle article(PageReport page) {
        return articles.findById(page.article().orElseThrow()).orElseThrow();
    }

    private static void assertRefused(Runnable refused, String code) {
        assertThatThrownBy(refused::run)
                .isInstanceOf(InvalidValueException.class)
                .extracting(thrown -> ((DomainException) thrown).code())
                .isEqualTo(code);
    }

    /** The store's allowed origins; the import asks only whether an origin is the store's, never about a page. */
    private record StoreOrigins(AllowedOrigins allowed) implements AllowedOriginQuery {

        @Override
        public boolean allowsVisitorPage(RequestOrigin request) {
            throw new AssertionError("The import never asks whether a visitor's page may embed the widget");
        }

        @Override
        public boolean allowsAgentPage(RequestOrigin request) {
            throw new AssertionError("The import never asks whether an agent's page may call the API");
        }

        @Override
        public boolean isStoreOrigin(String origin) {
            return allowed.permits(origin);
        }
    }

    /** The store's site, as the import would read it. */
    private static final class FakeSite implements FetchPagePort {

        private final Map<String, FetchedPage> pages = new HashMap<>();
        private final List<String> refusedHosts = new ArrayList<>();
        final List<String> read = new ArrayList<>();
        List<String> listed = List.of();

        void page(String url, String title, String text, Language language) {
            pages.put(url, FetchedPage.read(address(url), title, text, language));
        }

        void skip(String url, String reason) {
            pages.put(url, FetchedPage.skipped(address(url), reason));
        }

        void refuse(String host) {
            refusedHosts.add(host);
        }

        @Override
        public void requireAllowedAddress(PageAddress page) {
            if (refusedHosts.contains(page.host())) {
                throw new InvalidValueException("import_address_refused", "private");
            }
        }

        @Override
        public List<String> sitemap(PageAddress sitemap, Instant deadline) {
            return listed;
        }

        @Override
        public List<FetchedPage> pages(List<PageAddress> addresses, Instant deadline) {
            addresses.forEach(address -> read.add(address.value()));
            return addresses.stream()
                    .map(address -> pages.getOrDefault(address.value(), FetchedPage.skipped(address, "not_found")))
                    .toList();
        }
    }
}
