package dev.parley.application.assistant;

import dev.parley.application.assistant.port.in.ImportOutcome;
import dev.parley.application.assistant.port.in.ImportSiteCommand;
import dev.parley.application.assistant.port.in.ImportSiteUseCase;
import dev.parley.application.assistant.port.in.PageReport;
import dev.parley.application.assistant.port.in.SiteImportPolicy;
import dev.parley.application.assistant.port.in.SiteImportReport;
import dev.parley.application.assistant.port.out.FetchPagePort;
import dev.parley.application.assistant.port.out.FetchedPage;
import dev.parley.application.settings.port.in.AllowedOriginQuery;
import dev.parley.domain.assistant.ImportInProgressException;
import dev.parley.domain.assistant.PageAddress;
import dev.parley.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;

/**
 * Imports pages of the store's site as draft knowledge articles. Only the store's own pages are read: those on one of
 * the origins allowed to embed the chat (Settings → Embedding), over http or https, on hosts that resolve to no refused
 * address; robots.txt is respected and the import is bounded ({@link SiteImportPolicy}). Reading happens outside any
 * transaction; what was read is then stored at once ({@link ImportedArticles}). One import runs at a time on a node.
 */
@ApplicationScoped
public class SiteImportService implements ImportSiteUseCase {

    private static final Logger LOG = Logger.getLogger(SiteImportService.class.getName());

    private final Semaphore running = new Semaphore(1);

    private FetchPagePort site;
    private AllowedOriginQuery origins;
    private ImportedArticles store;
    private SiteImportPolicy policy;
    private Clock clock;

    @Inject
    public SiteImportService(
            FetchPagePort site,
            AllowedOriginQuery origins,
            ImportedArticles store,
            SiteImportPolicy policy,
            Clock clock) {
        this.site = site;
        this.origins = origins;
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected SiteImportService() {}

    @Override
    public SiteImportReport importSite(ImportSiteCommand command) {
        store.requireAdmin(command.actor());
        if (!running.tryAcquire()) {
            throw new ImportInProgressException();
        }
        try {
            return run(command);
        } finally {
            running.release();
        }
    }

    private SiteImportReport run(ImportSiteCommand command) {
        Instant deadline = clock.instant().plus(policy.totalTime());
        // Every page's report, in the order the pages were listed; those to read get theirs once read.
        Map<String, PageReport> reports = new LinkedHashMap<>();
        List<PageAddress> toRead = new ArrayList<>();
        if (command.sitemap().isPresent()) {
            PageAddress sitemap = command.sitemap().get();
            requireStoreOrigin(sitemap);
            site.requireAllowedAddress(sitemap);
            for (String listed : site.sitemap(sitemap, deadline)) {
                choose(listed, reports, toRead);
            }
        } else {
            Set<PageAddress> pages = new LinkedHashSet<>(command.pages());
            if (pages.size() > policy.maxPages()) {
                throw new InvalidValueException(
                        "too_many_import_urls",
                        "One import reads at most " + policy.maxPages() + " pages; " + pages.size()
                                + " were given. Import them in several parts.");
            }
            for (PageAddress page : pages) {
                requireStoreOrigin(page);
            }
            for (PageAddress page : pages) {
                reports.put(page.value(), null);
                toRead.add(page);
            }
        }
        requireAllowedAddresses(toRead);
        List<FetchedPage> read = site.pages(toRead, deadline);
        for (PageReport report : store.store(command.actor(), read)) {
            reports.put(report.url(), report);
        }
        SiteImportReport report = new SiteImportReport(List.copyOf(reports.values()));
        LOG.info(() -> "event=knowledge_import pages=" + report.pages().size()
                + " created=" + report.count(ImportOutcome.CREATED)
                + " updated=" + report.count(ImportOutcome.UPDATED)
                + " unchanged=" + report.count(ImportOutcome.UNCHANGED)
                + " skipped=" + report.count(ImportOutcome.SKIPPED)
                + " by=" + command.actor());
        return report;
    }

    /** A page the sitemap lists is read when it is the store's, new and within the limit; else skipped with why. */
    private void choose(String listed, Map<String, PageReport> reports, List<PageAddress> toRead) {
        PageAddress page;
        try {
            page = new PageAddress(listed);
        } catch (InvalidValueException notAnAddress) {
            reports.putIfAbsent(listed, PageReport.skipped(listed, "invalid_url"));
            return;
        }
        if (reports.containsKey(page.value())) {
            return;
        }
        if (!origins.isStoreOrigin(page.origin())) {
            reports.put(page.value(), PageReport.skipped(page.value(), "origin_not_allowed"));
        } else if (toRead.size() >= policy.maxPages()) {
            reports.put(page.value(), PageReport.skipped(page.value(), "page_limit"));
        } else {
            reports.put(page.value(), null);
            toRead.add(page);
        }
    }

    /** Each host once: the pages of one origin share it. */
    private void requireAllowedAddresses(List<PageAddress> pages) {
        Set<String> checked = new LinkedHashSet<>();
        for (PageAddress page : pages) {
            if (checked.add(page.origin())) {
                site.requireAllowedAddress(page);
            }
        }
    }

    private void requireStoreOrigin(PageAddress page) {
        if (!origins.isStoreOrigin(page.origin())) {
            throw new InvalidValueException(
                    "import_origin_not_allowed",
                    "Only the store's own site can be imported: " + page.origin() + " is not one of the sites"
                            + " allowed to embed the chat (Settings → Embedding).");
        }
    }
}
