package dev.parley.application.assistant.port.in;

import dev.parley.domain.assistant.PageAddress;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin imports pages of the store's site: either the pages listed, or those the store's sitemap lists.
 *
 * @param actor the agent who asks; must be an active admin
 * @param pages the pages to import; empty when a sitemap names them
 * @param sitemap the store's {@code sitemap.xml}; empty when the pages are listed
 */
public record ImportSiteCommand(AgentId actor, List<PageAddress> pages, Optional<PageAddress> sitemap) {

    /**
     * @throws InvalidValueException {@code invalid_import_request} unless exactly one of the pages and the sitemap is
     *     given
     */
    public ImportSiteCommand {
        Objects.requireNonNull(actor, "actor");
        pages = List.copyOf(pages);
        Objects.requireNonNull(sitemap, "sitemap");
        if (pages.isEmpty() == sitemap.isEmpty()) {
            throw new InvalidValueException(
                    "invalid_import_request",
                    "An import needs either the addresses of the pages to import or the address of the store's"
                            + " sitemap, not both.");
        }
    }

    /** Imports the listed pages. */
    public static ImportSiteCommand pages(AgentId actor, List<PageAddress> pages) {
        return new ImportSiteCommand(actor, pages, Optional.empty());
    }

    /** Imports the pages the sitemap lists. */
    public static ImportSiteCommand sitemap(AgentId actor, PageAddress sitemap) {
        return new ImportSiteCommand(actor, List.of(), Optional.of(sitemap));
    }
}
