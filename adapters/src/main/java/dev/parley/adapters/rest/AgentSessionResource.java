package dev.parley.adapters.rest;

import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.UploadPolicy;
import dev.parley.application.team.port.in.AgentQuery;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.team.port.in.SignInCommand;
import dev.parley.application.team.port.in.SignInUseCase;
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
import java.util.logging.Logger;

/**
 * The agent's session in the inbox: sign in, who am I, sign out. A signed-in agent is an HTTP session (the cookie is
 * HttpOnly and SameSite=Strict, see server.xml); see {@link AgentSessions}.
 */
@Path("agent/session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgentSessionResource {

    private static final Logger LOG = Logger.getLogger(AgentSessionResource.class.getName());

    private SignInUseCase signIn;
    private AgentQuery agents;
    private MessageTextPolicy text;
    private UploadPolicy uploads;

    @Inject
    public AgentSessionResource(SignInUseCase signIn, AgentQuery agents, MessageTextPolicy text, UploadPolicy uploads) {
        this.signIn = signIn;
        this.agents = agents;
        this.text = text;
        this.uploads = uploads;
    }

    /** For CDI proxies only. */
    protected AgentSessionResource() {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public AgentResponse signIn(@Valid @NotNull SignInRequest request, @Context HttpServletRequest http) {
        AgentView agent = signIn.signIn(new SignInCommand(request.email(), request.password(), http.getRemoteAddr()));
        String csrf = AgentSessions.start(http, agent.id());
        LOG.info(() -> "event=agent_signed_in agent=" + agent.id());
        return AgentResponse.of(agent, csrf, text, uploads);
    }

    @GET
    public Response current(@Context HttpServletRequest http) {
        return AgentSessions.agent(http)
                .flatMap(agents::find)
                .map(agent -> Response.ok(AgentResponse.of(
                                agent, AgentSessions.csrfToken(http).orElse(null), text, uploads))
                        .build())
                .orElseGet(() ->
                        Problem.response(Response.Status.UNAUTHORIZED, "not_signed_in", "Sign in to use the inbox."));
    }

    /** Signs out: the session ends, and with it every WebSocket it opened. */
    @DELETE
    @SignedIn
    public Response signOut(@Context HttpServletRequest http) {
        HttpSession session = http.getSession(false);
        AgentView agent = AgentSessions.caller(http);
        LOG.info(() -> "event=agent_signed_out agent=" + agent.id());
        session.invalidate();
        return Response.noContent().build();
    }
}
