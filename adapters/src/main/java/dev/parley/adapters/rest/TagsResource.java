package dev.parley.adapters.rest;

import dev.parley.application.tag.port.in.AddTagCommand;
import dev.parley.application.tag.port.in.AddTagUseCase;
import dev.parley.application.tag.port.in.DeleteTagCommand;
import dev.parley.application.tag.port.in.DeleteTagUseCase;
import dev.parley.application.tag.port.in.ReviseTagCommand;
import dev.parley.application.tag.port.in.ReviseTagUseCase;
import dev.parley.application.tag.port.in.TagView;
import dev.parley.application.tag.port.in.TagsQuery;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.domain.tag.TagColour;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.tag.TagName;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

/**
 * The store's tag list ({@code /api/v1/tags}): every signed-in agent lists it; admins add, rename, recolour and delete
 * tags (with the session's CSRF token). The use cases check the caller's role again. See {@code docs/tags.md}.
 */
@Path("tags")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class TagsResource {

    private static final Logger LOG = Logger.getLogger(TagsResource.class.getName());

    private TagsQuery tags;
    private AddTagUseCase adding;
    private ReviseTagUseCase revising;
    private DeleteTagUseCase deleting;

    @Inject
    public TagsResource(TagsQuery tags, AddTagUseCase adding, ReviseTagUseCase revising, DeleteTagUseCase deleting) {
        this.tags = tags;
        this.adding = adding;
        this.revising = revising;
        this.deleting = deleting;
    }

    /** For CDI proxies only. */
    protected TagsResource() {}

    /**
     * The body that adds or changes a tag.
     *
     * @param name 1 to 40 characters, unique ignoring case
     * @param colour one of the palette's names, such as {@code blue}
     */
    public record Request(String name, String colour) {}

    /**
     * A tag.
     *
     * @param id the tag
     * @param name its name
     * @param colour its colour's name
     * @param updatedAt when it was added or last changed, ISO-8601 in UTC to the millisecond
     */
    public record TagResponse(String id, String name, String colour, String updatedAt) {

        static TagResponse of(TagView tag) {
            return new TagResponse(
                    tag.id().toString(),
                    tag.name(),
                    tag.colour(),
                    tag.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString());
        }
    }

    /** Every tag, ordered by name ignoring case. */
    @GET
    public List<TagResponse> list() {
        return tags.tags().stream().map(TagResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SignedIn(Role.ADMIN)
    public Response add(Request request, @Context HttpServletRequest http, @Context UriInfo uri) {
        Request body = RequiredBody.of(request);
        AgentView caller = AgentSessions.caller(http);
        TagView tag = adding.add(new AddTagCommand(caller.id(), name(body), colour(body)));
        LOG.info(() -> "event=tag_added tag=" + tag.id() + " by=" + caller.id());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(tag.id().toString()).build())
                .entity(TagResponse.of(tag))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SignedIn(Role.ADMIN)
    public TagResponse revise(@PathParam("id") String id, Request request, @Context HttpServletRequest http) {
        TagId tagId = TagId.of(id);
        Request body = RequiredBody.of(request);
        AgentView caller = AgentSessions.caller(http);
        TagView tag = revising.revise(new ReviseTagCommand(caller.id(), tagId, name(body), colour(body)));
        LOG.info(() -> "event=tag_revised tag=" + tagId + " by=" + caller.id());
        return TagResponse.of(tag);
    }

    @DELETE
    @Path("{id}")
    @SignedIn(Role.ADMIN)
    public Response delete(@PathParam("id") String id, @Context HttpServletRequest http) {
        TagId tagId = TagId.of(id);
        AgentView caller = AgentSessions.caller(http);
        deleting.delete(new DeleteTagCommand(caller.id(), tagId));
        LOG.info(() -> "event=tag_deleted tag=" + tagId + " by=" + caller.id());
        return Response.noContent().build();
    }

    private static TagName name(Request body) {
        return new TagName(RequiredBody.field(body.name(), "name"));
    }

    private static TagColour colour(Request body) {
        return TagColour.of(RequiredBody.field(body.colour(), "colour"));
    }
}
