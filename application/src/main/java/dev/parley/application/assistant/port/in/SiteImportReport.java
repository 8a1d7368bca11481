package dev.parley.application.assistant.port.in;

import java.util.List;

/**
 * What an import from the store's site did, page by page, in the order the pages were listed.
 *
 * @param pages one report per page
 */
public record SiteImportReport(List<PageReport> pages) {

    public SiteImportReport {
        pages = List.copyOf(pages);
    }

    /** How many pages had this outcome. */
    public int count(ImportOutcome outcome) {
        return (int) pages.stream().filter(page -> page.outcome() == outcome).count();
    }
}
