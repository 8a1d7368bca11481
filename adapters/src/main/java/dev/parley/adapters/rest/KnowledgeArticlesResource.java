package dev.parley.adapters.rest;

import dev.parley.application.assistant.port.in.AddKnowledgeArticleCommand;
import dev.parley.application.assistant.port.in.AddKnowledgeArticleUseCase;
import dev.parley.application.assistant.port.in.DeleteKnowledgeArticleCommand;
import dev.parley.application.assistant.port.in.DeleteKnowledgeArticleUseCase;
import dev.parley.application.assistant.port.in.KnowledgeArticleSummary;
import dev.parley.application.assistant.port.in.KnowledgeArticleView;
import dev.parley.application.assistant.port.in.KnowledgeArticlesQuery;
import dev.parley.application.assistant.port.in.ReviseKnowledgeArticleCommand;
import dev.parley.application.assistant.port.in.ReviseKnowledgeArticleUseCase;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.domain.assistant.ArticleBody;
import dev.parley.domain.assistant.ArticleLink;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.ArticleTitle;
import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.shared.Language;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The store's knowledge articles ({@code /api/v1/knowledge/articles}), which the assistant answers visitors from once
 * they are published: admins list, read, write, revise, publish, unpublish and delete them (changes with the
 * session's CSRF token); agents are refused. The use cases check the caller's role again. See {@code
 * docs/assistant.md}.
 */
@Path("knowledge/articles")
@RequestScoped
@SignedIn(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeArticlesResource {

    private static final Logger LOG = Logger.getLogger(KnowledgeArticlesResource.class.getName());

    private KnowledgeArticlesQuery articles;
    private AddKnowledgeArticleUseCase adding;
    private ReviseKnowledgeArticleUseCase revising;
    private DeleteKnowledgeArticleUseCase deleting;

    @Inject
    public KnowledgeArticlesResource(
            KnowledgeArticlesQuery articles,
            AddKnowledgeArticleUseCase adding,
            ReviseKnowledgeArticleUseCase revising,
            DeleteKnowledgeArticleUseCase deleting) {
        this.articles = articles;
        this.adding = adding;
        this.revising = revising;
        this.deleting = deleting;
    }

    /** For CDI proxies only. */
    protected KnowledgeArticlesResource() {}

    /**
     * The body that writes or replaces an article.
     *
     * @param title 1 to 200 characters on one line
     * @param body 1 to 20,000 characters; lines starting with {@code #} are headings
     * @param language {@code en} or {@code pl}
     * @param link the store's page it comes from, a full http(s) address of at most 2,000 characters; left out or
     *     {@code null} for none
     * @param status {@code draft} or {@code published}; when writing, a draft if left out
     */
    public record Request(String title, String body, String language, String link, String status) {}

    /**
     * An article, whole.
     *
     * @param id the article
     * @param title its title
     * @param body its text
     * @param language {@code en} or {@code pl}
     * @param link the store's page it comes from; absent for none
     * @param status {@code draft} or {@code published}
     * @param createdAt when it was written, ISO-8601 in UTC to the millisecond
     * @param updatedAt when it was written or last changed, ISO-8601 in UTC to the millisecond
     */
    public record ArticleResponse(
            String id,
            String title,
            String body,
            String language,
            String link,
            String status,
            String createdAt,
            String updatedAt) {

        static ArticleResponse of(KnowledgeArticleView article) {
            return new ArticleResponse(
                    article.id().toString(),
                    article.title(),
                    article.body(),
                    article.language().tag(),
                    article.link().orElse(null),
                    article.status().code(),
                    article.createdAt().truncatedTo(ChronoUnit.MILLIS).toString(),
                    article.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString());
        }
    }

    /**
     * An article as the list shows it.
     *
     * @param id the article
     * @param title its title
     * @param language {@code en} or {@code pl}
     * @param link the store's page it comes from; absent for none
     * @param status {@code draft} or {@code published}
     * @param updatedAt when it was written or last changed, ISO-8601 in UTC to the millisecond
     * @param excerpt the beginning of its text on one line, at most 160 characters
     */
    public record SummaryResponse(
            String id, String title, String language, String link, String status, String updatedAt, String excerpt) {

        static SummaryResponse of(KnowledgeArticleSummary article) {
            return new SummaryResponse(
                    article.id().toString(),
                    article.title(),
                    article.language().tag(),
                    article.link().orElse(null),
                    article.status().code(),
                    article.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString(),
                    article.excerpt());
        }
    }

    /** Every article, or those of one status ({@code ?status=draft} or {@code published}), ordered by title. */
    @GET
    public List<SummaryResponse> list(@QueryParam("status") String status) {
        Optional<ArticleStatus> only = Optional.ofNullable(status).map(ArticleStatus::of);
        return articles.articles(only).stream().map(SummaryResponse::of).toList();
    }

    @GET
    @Path("{id}")
    public ArticleResponse read(@PathParam("id") String id) {
        return ArticleResponse.of(articles.article(KnowledgeArticleId.of(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(Request request, @Context HttpServletRequest http, @Context UriInfo uri) {
        Request body = RequiredBody.of(request);
        AgentView caller = AgentSessions.caller(http);
        AddKnowledgeArticleCommand command = new AddKnowledgeArticleCommand(
                caller.id(),
                title(body),
                body(body),
                language(body),
                link(body),
                body.status() == null ? ArticleStatus.DRAFT : status(body));
        KnowledgeArticleView article = adding.add(command);
        LOG.info(() -> "event=knowledge_article_added article=" + article.id() + " status="
                + article.status().code() + " by=" + caller.id());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(article.id().toString())
                        .build())
                .entity(ArticleResponse.of(article))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ArticleResponse revise(@PathParam("id") String id, Request request, @Context HttpServletRequest http) {
        KnowledgeArticleId articleId = KnowledgeArticleId.of(id);
        Request body = RequiredBody.of(request);
        AgentView caller = AgentSessions.caller(http);
        KnowledgeArticleView article = revising.revise(new ReviseKnowledgeArticleCommand(
                caller.id(), articleId, title(body), body(body), language(body), link(body), status(body)));
        LOG.info(() -> "event=knowledge_article_revised article=" + articleId + " status="
                + article.status().code() + " by=" + caller.id());
        return ArticleResponse.of(article);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context HttpServletRequest http) {
        KnowledgeArticleId articleId = KnowledgeArticleId.of(id);
        AgentView caller = AgentSessions.caller(http);
        deleting.delete(new DeleteKnowledgeArticleCommand(caller.id(), articleId));
        LOG.info(() -> "event=knowledge_article_deleted article=" + articleId + " by=" + caller.id());
        return Response.noContent().build();
    }

    private static ArticleTitle title(Request body) {
        String title = SettingsJson.required(body.title(), "title");
        return SettingsFields.read("title", () -> new ArticleTitle(title));
    }

    private static ArticleBody body(Request body) {
        String text = SettingsJson.required(body.body(), "body");
        return SettingsFields.read("body", () -> new ArticleBody(text));
    }

    private static Language language(Request body) {
        return KnowledgeLanguage.of(SettingsJson.required(body.language(), "language"), "language");
    }

    private static Optional<ArticleLink> link(Request body) {
        if (body.link() == null || body.link().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SettingsFields.read("link", () -> new ArticleLink(body.link())));
    }

    private static ArticleStatus status(Request body) {
        String status = SettingsJson.required(body.status(), "status");
        return SettingsFields.read("status", () -> ArticleStatus.of(status));
    }
}
