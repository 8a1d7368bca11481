package dev.parley.adapters.rest;

import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.view.port.in.DeleteViewCommand;
import dev.parley.application.view.port.in.DeleteViewUseCase;
import dev.parley.application.view.port.in.ReviseViewCommand;
import dev.parley.application.view.port.in.ReviseViewUseCase;
import dev.parley.application.view.port.in.SaveViewCommand;
import dev.parley.application.view.port.in.SaveViewUseCase;
import dev.parley.application.view.port.in.SavedViewDetails;
import dev.parley.application.view.port.in.ViewsQuery;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.team.Role;
import dev.parley.domain.view.SavedViewId;
import dev.parley.domain.view.ViewFilter;
import dev.parley.domain.view.ViewName;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Saved inbox views ({@code /api/v1/views}): every signed-in agent lists their own views and the team's shared ones,
 * and saves, changes and deletes their own (with the session's CSRF token); only admins save, change or delete shared
 * views. Another agent's personal view answers 404, as if it did not exist. See {@code docs/tags.md}.
 */
@Path("views")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class ViewsResource {

    private static final Logger LOG = Logger.getLogger(ViewsResource.class.getName());

    private ViewsQuery views;
    private SaveViewUseCase saving;
    private ReviseViewUseCase revising;
    private DeleteViewUseCase deleting;

    @Inject
    public ViewsResource(
            ViewsQuery views, SaveViewUseCase saving, ReviseViewUseCase revising, DeleteViewUseCase deleting) {
        this.views = views;
        this.saving = saving;
        this.revising = revising;
        this.deleting = deleting;
    }

    /** For CDI proxies only. */
    protected ViewsResource() {}

    /**
     * The filters of a view, as the ticket list's query names them.
     *
     * @param status {@code open}, {@code snoozed} or {@code closed}; absent for every status
     * @param assignee {@code all} (when absent), {@code mine} or {@code unassigned}
     * @param channel {@code chat} or {@code sms}; absent for both
     * @param tag a tag's id; absent for any
     * @param q a search text of 3 to 200 characters; absent for none
     */
    public record Filter(String status, String assignee, String channel, String tag, String q) {}

    /**
     * The body that saves or changes a view.
     *
     * @param name 1 to 60 characters
     * @param shared whether the whole team sees it (only admins); read when the view is saved, never changed after
     * @param filter the filters it keeps
     */
    public record Request(String name, Boolean shared, Filter filter) {}

    /**
     * A view.
     *
     * @param id the view
     * @param name its name
     * @param shared whether the whole team sees it
     * @param editable whether the caller may change and delete it
     * @param filter the filters it keeps
     * @param updatedAt when it was saved or last changed, ISO-8601 in UTC to the millisecond
     */
    public record ViewResponse(
            String id, String name, boolean shared, boolean editable, Filter filter, String updatedAt) {

        static ViewResponse of(SavedViewDetails view, AgentView caller) {
            ViewFilter filter = view.filter();
            return new ViewResponse(
                    view.id().toString(),
                    view.name(),
                    view.shared(),
                    view.shared() ? caller.role() == Role.ADMIN : view.owner().equals(caller.id()),
                    new Filter(
                            filter.status().orElse(null),
                            filter.assignee(),
                            filter.channel().orElse(null),
                            filter.tag().map(TagId::toString).orElse(null),
                            filter.text().orElse(null)),
                    view.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString());
        }
    }

    /** The caller's own views, then the team's shared ones, each ordered by name. */
    @GET
    public List<ViewResponse> list(@Context HttpServletRequest http) {
        AgentView caller = AgentSessions.caller(http);
        return views.views(caller.id()).stream()
                .map(view -> ViewResponse.of(view, caller))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(Request request, @Context HttpServletRequest http, @Context UriInfo uri) {
        Request body = RequiredBody.of(request);
        AgentView caller = AgentSessions.caller(http);
        boolean shared = Boolean.TRUE.equals(body.shared());
        SavedViewDetails view = saving.save(new SaveViewCommand(caller.id(), name(body), shared, filter(body)));
        LOG.info(() -> "event=view_saved view=" + view.id() + " shared=" + shared + " by=" + caller.id());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(ViewResponse.of(view, caller))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ViewResponse revise(@PathParam("id") String id, Request request, @Context HttpServletRequest http) {
        SavedViewId viewId = SavedViewId.of(id);
        Request body = RequiredBody.of(request);
        AgentView caller = AgentSessions.caller(http);
        SavedViewDetails view = revising.revise(new ReviseViewCommand(caller.id(), viewId, name(body), filter(body)));
        LOG.info(() -> "event=view_revised view=" + viewId + " by=" + caller.id());
        return ViewResponse.of(view, caller);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context HttpServletRequest http) {
        SavedViewId viewId = SavedViewId.of(id);
        AgentView caller = AgentSessions.caller(http);
        deleting.delete(new DeleteViewCommand(caller.id(), viewId));
        LOG.info(() -> "event=view_deleted view=" + viewId + " by=" + caller.id());
        return Response.noContent().build();
    }

    private static ViewName name(Request body) {
        return new ViewName(RequiredBody.field(body.name(), "name"));
    }

    private static ViewFilter filter(Request body) {
        Filter filter = body.filter() == null ? new Filter(null, null, null, null, null) : body.filter();
        return new ViewFilter(
                present(filter.status()),
                present(filter.assignee()).orElse("all"),
                present(filter.channel()),
                present(filter.tag()).map(ViewsResource::tagId),
                present(filter.q()));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }

    private static TagId tagId(String id) {
        try {
            return new TagId(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidValueException("invalid_view_filter", "A view's tag is a tag's id.");
        }
    }
}
