package dev.parley.adapters.rest;

import dev.parley.application.macro.port.in.TicketMacrosQuery;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * The macros as the composer of one ticket inserts them ({@code /api/v1/tickets/{id}/macros}): every macro rendered
 * for the ticket's visitor and the calling agent. Any signed-in agent may ask.
 */
@Path("tickets/{id}/macros")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class TicketMacrosResource {

    private TicketMacrosQuery macros;

    @Inject
    public TicketMacrosResource(TicketMacrosQuery macros) {
        this.macros = macros;
    }

    /** For CDI proxies only. */
    protected TicketMacrosResource() {}

    @GET
    public List<RenderedMacroResponse> rendered(@PathParam("id") String id, @Context HttpServletRequest http) {
        TicketId ticket;
        try {
            ticket = new TicketId(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            throw new TicketNotFoundException(id);
        }
        return macros.renderedFor(ticket, AgentSessions.caller(http).id(), MacroWords.unknownVisitorName(http)).stream()
                .map(RenderedMacroResponse::of)
                .toList();
    }
}
