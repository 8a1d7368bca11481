package dev.parley.domain.assistant;

import dev.parley.domain.shared.DomainException;

/** The store's sitemap could not be read, so there is nothing to import from it. */
public class SitemapUnreadableException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * @param sitemap the sitemap's address
     * @param reason why, as a stable code the import report also uses ({@code not_found}, {@code timeout}, ...)
     */
    public SitemapUnreadableException(PageAddress sitemap, String reason) {
        super(
                "sitemap_unreadable",
                "The sitemap " + sitemap + " could not be read (" + reason + "); nothing was imported.");
    }
}
