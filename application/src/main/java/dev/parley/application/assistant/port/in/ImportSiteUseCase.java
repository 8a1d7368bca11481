package dev.parley.application.assistant.port.in;

/** An admin imports pages of the store's site as draft knowledge articles; driven by the REST adapter. */
public interface ImportSiteUseCase {

    /**
     * Reads the pages (or the pages the sitemap lists) and stores each one's text as a draft article, or updates the
     * article imported from it before when its text changed. Nothing is stored when the request is refused.
     *
     * @throws dev.parley.domain.shared.InvalidValueException {@code too_many_import_urls}, {@code
     *     import_origin_not_allowed} or {@code import_address_refused}
     * @throws dev.parley.domain.assistant.SitemapUnreadableException when the sitemap cannot be read
     * @throws dev.parley.domain.assistant.ImportInProgressException when another import is running
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is no admin
     */
    SiteImportReport importSite(ImportSiteCommand command);
}
