package dev.parley.adapters.rest;

import dev.parley.adapters.wire.NoteJson;
import dev.parley.application.note.port.in.AddNoteCommand;
import dev.parley.application.note.port.in.AddNoteUseCase;
import dev.parley.application.note.port.in.NoteView;
import dev.parley.application.note.port.in.TicketNotesQuery;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.note.NoteText;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A ticket's internal notes ({@code /api/v1/tickets/{id}/notes}): every signed-in agent lists them and adds them (with
 * the session's CSRF token); visitors and anyone else are refused by {@link SignedIn}. Notes may be added to closed
 * tickets too. A note is answered only once it is committed, and the same {@code clientNoteId} with the same text
 * again answers the same note without storing anything.
 */
@Path("tickets/{id}/notes")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class TicketNotesResource {

    private static final Pattern CLIENT_NOTE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private AddNoteUseCase adding;
    private TicketNotesQuery notes;

    @Inject
    public TicketNotesResource(AddNoteUseCase adding, TicketNotesQuery notes) {
        this.adding = adding;
        this.notes = notes;
    }

    /** For CDI proxies only. */
    protected TicketNotesResource() {}

    /**
     * The body that adds a note.
     *
     * @param clientNoteId chosen by the client, 1 to 64 characters {@code [A-Za-z0-9_-]}
     * @param text the note
     */
    public record Request(String clientNoteId, String text) {}

    /**
     * A ticket's notes.
     *
     * @param notes oldest first
     */
    public record NoteList(List<NoteJson> notes) {}

    @GET
    public NoteList list(@PathParam("id") String id, @Context HttpServletRequest http) {
        return new NoteList(notes.notes(ticketId(id), caller(http)).stream()
                .map(NoteJson::of)
                .toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(
            @PathParam("id") String id, Request request, @Context HttpServletRequest http, @Context UriInfo uri) {
        Request body = RequiredBody.of(request);
        String clientNoteId = RequiredBody.field(body.clientNoteId(), "clientNoteId");
        if (!CLIENT_NOTE_ID.matcher(clientNoteId).matches()) {
            throw new InvalidValueException(
                    "invalid_client_note_id", "A client note id is 1 to 64 letters, digits, '-' or '_'.");
        }
        NoteText text = new NoteText(RequiredBody.field(body.text(), "text"));
        NoteView note =
                adding.add(new AddNoteCommand(caller(http), ticketId(id), new ClientMessageId(clientNoteId), text));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(note.id().toString()).build())
                .entity(NoteJson.of(note))
                .build();
    }

    private static AgentId caller(HttpServletRequest http) {
        return AgentSessions.caller(http).id();
    }

    static TicketId ticketId(String id) {
        try {
            return new TicketId(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            throw new TicketNotFoundException(id);
        }
    }
}
