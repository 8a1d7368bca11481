package dev.parley.adapters.rest;

import dev.parley.adapters.wire.TicketJson;
import dev.parley.application.ticket.port.in.TagTicketCommand;
import dev.parley.application.ticket.port.in.TagTicketUseCase;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A ticket's tags ({@code /api/v1/tickets/{id}/tags}): every signed-in agent puts tags from the store's list on any
 * ticket, closed ones too, and takes them off (with the session's CSRF token). Both answer the ticket as it is then,
 * and every open inbox is told with a {@code ticket} frame. See {@code docs/tags.md}.
 */
@Path("tickets/{id}/tags")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class TicketTagsResource {

    private static final Logger LOG = Logger.getLogger(TicketTagsResource.class.getName());

    private TagTicketUseCase tagging;

    @Inject
    public TicketTagsResource(TagTicketUseCase tagging) {
        this.tagging = tagging;
    }

    /** For CDI proxies only. */
    protected TicketTagsResource() {}

    /**
     * The body that puts a tag on a ticket.
     *
     * @param tagId the tag's id
     */
    public record Request(String tagId) {}

    /** Puts a tag on the ticket; one it carries already is no error. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketJson add(@PathParam("id") String id, Request request, @Context HttpServletRequest http) {
        Request body = RequiredBody.of(request);
        TicketId ticket = ticketId(id);
        TagId tag = TagId.of(RequiredBody.field(body.tagId(), "tagId"));
        AgentId caller = AgentSessions.caller(http).id();
        TicketJson json = TicketJson.of(tagging.tag(new TagTicketCommand(caller, ticket, tag)));
        LOG.info(() -> "event=ticket_tagged ticket=" + ticket + " tag=" + tag + " by=" + caller);
        return json;
    }

    /** Takes a tag off the ticket; one it does not carry is no error. */
    @DELETE
    @Path("{tagId}")
    public TicketJson remove(
            @PathParam("id") String id, @PathParam("tagId") String tagId, @Context HttpServletRequest http) {
        TicketId ticket = ticketId(id);
        TagId tag = TagId.of(tagId);
        AgentId caller = AgentSessions.caller(http).id();
        TicketJson json = TicketJson.of(tagging.untag(new TagTicketCommand(caller, ticket, tag)));
        LOG.info(() -> "event=ticket_untagged ticket=" + ticket + " tag=" + tag + " by=" + caller);
        return json;
    }

    private static TicketId ticketId(String id) {
        try {
            return new TicketId(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            throw new TicketNotFoundException(id);
        }
    }
}
