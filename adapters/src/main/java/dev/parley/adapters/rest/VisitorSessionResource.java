package dev.parley.adapters.rest;

import dev.parley.application.visitor.port.in.StartVisitorSessionCommand;
import dev.parley.application.visitor.port.in.StartVisitorSessionUseCase;
import dev.parley.application.visitor.port.in.VisitorIdentity;
import dev.parley.domain.visitor.IdentityRejectedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Issues visitor tokens for the visitor REST API ({@code POST /api/v1/visitor/session}): without a body to a new
 * anonymous visitor; with {@code {"userId", "userHash"}} to the store user of that id, under the rules of identity
 * verification (see {@code docs/protocol.md}). New anonymous visitors are limited per client address: over the limit,
 * 429 {@code rate_limited} with {@code Retry-After}, and nobody is created.
 */
@Path("visitor/session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VisitorSessionResource {

    private StartVisitorSessionUseCase sessions;

    @Inject
    public VisitorSessionResource(StartVisitorSessionUseCase sessions) {
        this.sessions = sessions;
    }

    /** For CDI proxies only. */
    protected VisitorSessionResource() {}

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response start(String body, @Context HttpServletRequest http) {
        VisitorSessionRequest request = VisitorSessionRequest.parse(body);
        VisitorIdentity identity;
        try {
            identity = sessions.startSession(
                    new StartVisitorSessionCommand(request.userId(), request.userHash(), http.getRemoteAddr()));
        } catch (IdentityRejectedException forged) {
            // Not a conflict with the state of things: the caller did not prove who they are.
            return Problem.response(Response.Status.FORBIDDEN, forged.code(), forged.getMessage());
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(new VisitorSessionResponse(
                        identity.visitor().toString(),
                        identity.issuedToken().orElseThrow().value()))
                .cacheControl(noStore)
                .build();
    }
}
