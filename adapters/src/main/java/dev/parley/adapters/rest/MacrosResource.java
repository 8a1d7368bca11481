package dev.parley.adapters.rest;

import dev.parley.application.macro.port.in.AddMacroCommand;
import dev.parley.application.macro.port.in.AddMacroUseCase;
import dev.parley.application.macro.port.in.DeleteMacroCommand;
import dev.parley.application.macro.port.in.DeleteMacroUseCase;
import dev.parley.application.macro.port.in.MacroView;
import dev.parley.application.macro.port.in.MacrosQuery;
import dev.parley.application.macro.port.in.ReviseMacroCommand;
import dev.parley.application.macro.port.in.ReviseMacroUseCase;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.domain.macro.MacroBody;
import dev.parley.domain.macro.MacroId;
import dev.parley.domain.macro.MacroNotFoundException;
import dev.parley.domain.macro.MacroTitle;
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
import java.util.List;
import java.util.logging.Logger;

/**
 * The team's saved replies ({@code /api/v1/macros}): every signed-in agent lists them and their variables; admins
 * add, revise and delete them (with the session's CSRF token). The use cases check the caller's role again. See
 * {@code docs/macros.md}.
 */
@Path("macros")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class MacrosResource {

    private static final Logger LOG = Logger.getLogger(MacrosResource.class.getName());

    private MacrosQuery macros;
    private AddMacroUseCase adding;
    private ReviseMacroUseCase revising;
    private DeleteMacroUseCase deleting;

    @Inject
    public MacrosResource(
            MacrosQuery macros, AddMacroUseCase adding, ReviseMacroUseCase revising, DeleteMacroUseCase deleting) {
        this.macros = macros;
        this.adding = adding;
        this.revising = revising;
        this.deleting = deleting;
    }

    /** For CDI proxies only. */
    protected MacrosResource() {}

    /** Every macro, unrendered, ordered by title. */
    @GET
    public List<MacroResponse> list() {
        return macros.macros().stream().map(MacroResponse::of).toList();
    }

    /** The variables a macro may use, with what they stand for. */
    @GET
    @Path("variables")
    public List<MacroVariableResponse> variables(@Context HttpServletRequest http) {
        return macros.variables().stream()
                .map(variable -> MacroVariableResponse.of(variable, MacroWords.fallback(variable, http)))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SignedIn(Role.ADMIN)
    public Response add(MacroRequest request, @Context HttpServletRequest http, @Context UriInfo uri) {
        MacroRequest body = RequiredBody.of(request);
        AgentView caller = AgentSessions.caller(http);
        MacroView macro = adding.add(new AddMacroCommand(caller.id(), title(body), body(body)));
        LOG.info(() -> "event=macro_added macro=" + macro.id() + " by=" + caller.id());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(macro.id().toString()).build())
                .entity(MacroResponse.of(macro))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SignedIn(Role.ADMIN)
    public MacroResponse revise(@PathParam("id") String id, MacroRequest request, @Context HttpServletRequest http) {
        MacroId macroId = macroId(id);
        MacroRequest body = RequiredBody.of(request);
        AgentView caller = AgentSessions.caller(http);
        MacroView macro = revising.revise(new ReviseMacroCommand(caller.id(), macroId, title(body), body(body)));
        LOG.info(() -> "event=macro_revised macro=" + macroId + " by=" + caller.id());
        return MacroResponse.of(macro);
    }

    @DELETE
    @Path("{id}")
    @SignedIn(Role.ADMIN)
    public Response delete(@PathParam("id") String id, @Context HttpServletRequest http) {
        MacroId macroId = macroId(id);
        AgentView caller = AgentSessions.caller(http);
        deleting.delete(new DeleteMacroCommand(caller.id(), macroId));
        LOG.info(() -> "event=macro_deleted macro=" + macroId + " by=" + caller.id());
        return Response.noContent().build();
    }

    private static MacroTitle title(MacroRequest body) {
        return new MacroTitle(RequiredBody.field(body.title(), "title"));
    }

    private static MacroBody body(MacroRequest body) {
        return new MacroBody(RequiredBody.field(body.body(), "body"));
    }

    private static MacroId macroId(String id) {
        try {
            return MacroId.of(id);
        } catch (IllegalArgumentException notAnId) {
            throw new MacroNotFoundException(id);
        }
    }
}
