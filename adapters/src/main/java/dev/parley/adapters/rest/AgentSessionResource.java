package dev.parley.adapters.rest;

import dev.parley.application.team.port.in.AgentQuery;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.team.port.in.SignInCommand;
import dev.parley.application.team.port.in.SignInUseCase;
import dev.parley.domain.shared.AgentId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The agent's session in the inbox: sign in, who am I, sign out. A signed-in agent is an HTTP session (the cookie is
 * HttpOnly and SameSite=Strict, see server.xml) holding the agent's id under {@link #AGENT_ATTRIBUTE}.
 */
@Path("agent/session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgentSessionResource {

    /** The HTTP session attribute that holds the signed-in agent's id; the agent WebSocket reads the same name. */
    public static final String AGENT_ATTRIBUTE = "dev.parley.agent";

    private static final Logger LOG = Logger.getLogger(AgentSessionResource.class.getName());

    private SignInUseCase signIn;
    private AgentQuery agents;

    @Inject
    public AgentSessionResource(SignInUseCase signIn, AgentQuery agents) {
        this.signIn = signIn;
        this.agents = agents;
    }

    /** For CDI proxies only. */
    protected AgentSessionResource() {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public AgentResponse signIn(@Valid @NotNull SignInRequest request, @Context HttpServletRequest http) {
        AgentView agent = signIn.signIn(new SignInCommand(request.email(), request.password()));
        HttpSession previous = http.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        // A fresh session id at sign-in, so that a session id planted before signing in is worth nothing.
        http.getSession(true).setAttribute(AGENT_ATTRIBUTE, agent.id().toString());
        LOG.info(() -> "event=agent_signed_in agent=" + agent.id());
        return AgentResponse.of(agent);
    }

    @GET
    public Response current(@Context HttpServletRequest http) {
        return signedIn(http).flatMap(agents::find)
                .map(agent -> Response.ok(AgentResponse.of(agent)).build())
                .orElseGet(() -> Problem.response(Response.Status.UNAUTHORIZED, "not_signed_in",
                        "Sign in to use the inbox."));
    }

    @DELETE
    public Response signOut(@Context HttpServletRequest http) {
        HttpSession session = http.getSession(false);
        if (session != null) {
            signedIn(http).ifPresent(agent -> LOG.info(() -> "event=agent_signed_out agent=" + agent));
            session.invalidate();
        }
        return Response.noContent().build();
    }

    private static Optional<AgentId> signedIn(HttpServletRequest http) {
        return Optional.ofNullable(http.getSession(false))
                .map(session -> (String) session.getAttribute(AGENT_ATTRIBUTE))
                .map(AgentId::of);
    }
}
