package dev.parley.adapters.rest;

import dev.parley.adapters.wire.AgentSessionCookie;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.UploadPolicy;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.team.port.in.IssuedSession;
import dev.parley.application.team.port.in.SessionCheck;
import dev.parley.application.team.port.in.SignInCommand;
import dev.parley.application.team.port.in.SignInUseCase;
import dev.parley.application.team.port.in.SignOutUseCase;
import dev.parley.application.team.port.in.StartAgentSessionUseCase;
import dev.parley.domain.team.SessionToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;

/**
 * The agent's session in the inbox: sign in, who am I (or, without a refusal, am I signed in at all), sign out. A signed-in agent's session is kept in the database
 * and named by a random token in the {@code PARLEY_SESSION} cookie (HttpOnly, SameSite=Strict, Secure over HTTPS);
 * see {@link AgentSessions}.
 */
@Path("agent/session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgentSessionResource {

    private static final Logger LOG = Logger.getLogger(AgentSessionResource.class.getName());

    private SignInUseCase signIn;
    private StartAgentSessionUseCase sessions;
    private SignOutUseCase signOut;
    private MessageTextPolicy text;
    private UploadPolicy uploads;

    @Inject
    public AgentSessionResource(
            SignInUseCase signIn,
            StartAgentSessionUseCase sessions,
            SignOutUseCase signOut,
            MessageTextPolicy text,
            UploadPolicy uploads) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.signOut = signOut;
        this.text = text;
        this.uploads = uploads;
    }

    /** For CDI proxies only. */
    protected AgentSessionResource() {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(@Valid @NotNull SignInRequest request, @Context HttpServletRequest http) {
        AgentView agent = signIn.signIn(new SignInCommand(request.email(), request.password(), http.getRemoteAddr()));
        IssuedSession session = sessions.start(agent.id());
        LOG.info(() -> "event=agent_signed_in agent=" + agent.id() + " session="
                + session.token().hash().shortForm());
        return AgentSessions.issue(
                        Response.ok(AgentResponse.of(agent, session.csrfToken(), text, uploads)), session, http)
                .build();
    }

    @GET
    public Response current(@Context HttpServletRequest http) {
        SessionCheck check = AgentSessions.check(http);
        if (check instanceof SessionCheck.SignedIn signedIn) {
            return Response.ok(AgentResponse.of(signedIn.agent(), signedIn.csrfToken(), text, uploads))
                    .build();
        }
        return AgentSessions.notSignedIn(check);
    }

    /**
     * Whether the caller is signed in, answered 200 either way: the inbox's first question when it opens, for which
     * being signed out is no error (only {@link #current} refuses it, with 401).
     */
    @GET
    @Path("probe")
    public SessionProbeResponse probe(@Context HttpServletRequest http) {
        SessionCheck check = AgentSessions.check(http);
        if (check instanceof SessionCheck.SignedIn signedIn) {
            return SessionProbeResponse.signedIn(
                    AgentResponse.of(signedIn.agent(), signedIn.csrfToken(), text, uploads));
        }
        return SessionProbeResponse.signedOut(
                (Problem) AgentSessions.notSignedIn(check).getEntity());
    }

    /** Signs out: the session is deleted, and every WebSocket it opened closes. */
    @DELETE
    @SignedIn
    public Response signOut(@Context HttpServletRequest http) {
        AgentView agent = AgentSessions.caller(http);
        SessionToken token = AgentSessions.callerToken(http);
        signOut.signOut(token);
        LOG.info(() -> "event=agent_signed_out agent=" + agent.id() + " session="
                + token.hash().shortForm());
        return Response.noContent()
                .header(HttpHeaders.SET_COOKIE, AgentSessionCookie.clear(http.isSecure()))
                .build();
    }
}
