package dev.parley.adapters.rest;

import dev.parley.application.assistant.port.in.ImportOutcome;
import dev.parley.application.assistant.port.in.ImportSiteCommand;
import dev.parley.application.assistant.port.in.ImportSiteUseCase;
import dev.parley.application.assistant.port.in.PageReport;
import dev.parley.application.assistant.port.in.SiteImportReport;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.domain.assistant.PageAddress;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports pages of the store's site as draft knowledge articles ({@code POST /api/v1/knowledge/imports}): admins only,
 * with the session's CSRF token; agents are refused. The answer reports what was done with each page. See {@code
 * docs/assistant.md}.
 */
@Path("knowledge/imports")
@RequestScoped
@SignedIn(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeImportsResource {

    private ImportSiteUseCase importing;

    @Inject
    public KnowledgeImportsResource(ImportSiteUseCase importing) {
        this.importing = importing;
    }

    /** For CDI proxies only. */
    protected KnowledgeImportsResource() {}

    /**
     * What to import: either the pages, or the store's sitemap.
     *
     * @param urls the pages' full http(s) addresses, on the store's allowed origins
     * @param sitemap the address of the store's {@code sitemap.xml}, on one of its allowed origins
     */
    public record Request(List<String> urls, String sitemap) {}

    /**
     * What the import did.
     *
     * @param created pages imported as new draft articles
     * @param updated pages whose article got their new text (and is a draft again)
     * @param unchanged pages whose article already had their text
     * @param skipped pages not imported
     * @param pages each page's outcome, in the order they were listed
     */
    public record ReportResponse(int created, int updated, int unchanged, int skipped, List<PageResponse> pages) {

        static ReportResponse of(SiteImportReport report) {
            return new ReportResponse(
                    report.count(ImportOutcome.CREATED),
                    report.count(ImportOutcome.UPDATED),
                    report.count(ImportOutcome.UNCHANGED),
                    report.count(ImportOutcome.SKIPPED),
                    report.pages().stream().map(PageResponse::of).toList());
        }
    }

    /**
     * One page's outcome.
     *
     * @param url the page
     * @param outcome {@code created}, {@code updated}, {@code unchanged} or {@code skipped}
     * @param reason for a skipped page, why: a stable code; absent otherwise
     * @param articleId the article that holds the page's text; absent for a skipped page
     */
    public record PageResponse(String url, String outcome, String reason, String articleId) {

        static PageResponse of(PageReport page) {
            return new PageResponse(
                    page.url(),
                    page.outcome().code(),
                    page.reason().orElse(null),
                    page.article().map(Object::toString).orElse(null));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportResponse importPages(Request request, @Context HttpServletRequest http) {
        Request body = RequiredBody.of(request);
        AgentView caller = AgentSessions.caller(http);
        ImportSiteCommand command = command(caller, body);
        String field = body.sitemap() != null ? "sitemap" : "urls";
        SiteImportReport report = SettingsFields.change(
                Map.of(
                        "too_many_import_urls", "urls",
                        "import_origin_not_allowed", field,
                        "import_address_refused", field),
                () -> importing.importSite(command));
        return ReportResponse.of(report);
    }

    private static ImportSiteCommand command(AgentView caller, Request body) {
        if ((body.urls() == null) == (body.sitemap() == null)) {
            throw new InvalidValueException(
                    "invalid_import_request",
                    "An import needs either 'urls', the addresses of the pages to import, or 'sitemap', the address of"
                            + " the store's sitemap, not both.");
        }
        if (body.sitemap() != null) {
            return ImportSiteCommand.sitemap(
                    caller.id(), SettingsFields.read("sitemap", () -> new PageAddress(body.sitemap())));
        }
        if (body.urls().isEmpty()) {
            throw new RefusedFieldException("urls", "invalid_import_url", "List at least one page to import.");
        }
        List<PageAddress> pages = new ArrayList<>();
        for (int i = 0; i < body.urls().size(); i++) {
            String url = body.urls().get(i);
            String field = "urls[" + i + "]";
            if (url == null) {
                throw new RefusedFieldException(field, "invalid_import_url", "A page's address cannot be null.");
            }
            pages.add(SettingsFields.read(field, () -> new PageAddress(url)));
        }
        return ImportSiteCommand.pages(caller.id(), pages);
    }
}
