package dev.parley.adapters.rest;

import dev.parley.adapters.wire.NoteJson;
import dev.parley.application.note.port.in.MarkMentionsSeenUseCase;
import dev.parley.application.note.port.in.MentionsQuery;
import dev.parley.application.ticket.port.in.TicketCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The signed-in agent's own mentions ({@code /api/v1/agent/mentions}): the notes that mention them and that they have
 * not seen yet, and marking those of a ticket seen (the inbox does when it opens the ticket). Only ever the caller's
 * own: no request names another agent.
 */
@Path("agent/mentions")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class MentionsResource {

    private MentionsQuery mentions;
    private MarkMentionsSeenUseCase seeing;

    @Inject
    public MentionsResource(MentionsQuery mentions, MarkMentionsSeenUseCase seeing) {
        this.mentions = mentions;
        this.seeing = seeing;
    }

    /** For CDI proxies only. */
    protected MentionsResource() {}

    /**
     * The caller's unseen mentions.
     *
     * @param mentions the notes, newest first, at most 50
     */
    public record MentionList(List<NoteJson> mentions) {}

    /**
     * The body that marks a ticket's mentions seen.
     *
     * @param ticketId the ticket
     */
    public record SeenRequest(String ticketId) {}

    /**
     * How many mentions were marked seen.
     *
     * @param seen how many were unseen until now
     */
    public record Seen(int seen) {}

    @GET
    public MentionList list(@Context HttpServletRequest http) {
        return new MentionList(
                mentions.unseenMentions(AgentSessions.caller(http).id()).stream()
                        .map(NoteJson::of)
                        .toList());
    }

    @POST
    @Path("seen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Seen seen(SeenRequest request, @Context HttpServletRequest http) {
        SeenRequest body = RequiredBody.of(request);
        return new Seen(seeing.markMentionsSeen(new TicketCommand(
                AgentSessions.caller(http).id(),
                TicketNotesResource.ticketId(RequiredBody.field(body.ticketId(), "ticketId")))));
    }
}
