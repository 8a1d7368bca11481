package dev.parley.adapters.rest;

import dev.parley.application.team.port.in.PasswordResetUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Password reset links: {@code POST /api/v1/agent/password-reset} asks for one (for anyone; the answer is the same
 * whether the address has an account or not), {@code POST /api/v1/agent/password-reset/complete} sets the new
 * password with one. An admin sends a member one through {@code AgentsResource}.
 */
@Path("agent/password-reset")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    private PasswordResetUseCase resets;

    @Inject
    public PasswordResetResource(PasswordResetUseCase resets) {
        this.resets = resets;
    }

    /** For CDI proxies only. */
    protected PasswordResetResource() {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestReset(PasswordResetRequest request, @Context HttpServletRequest http) {
        PasswordResetRequest body = RequiredBody.of(request);
        resets.requestReset(RequiredBody.field(body.email(), "email"), http.getRemoteAddr());
        return Response.accepted().build();
    }

    @POST
    @Path("complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reset(NewPasswordRequest request) {
        NewPasswordRequest body = RequiredBody.of(request);
        resets.reset(RequiredBody.field(body.token(), "token"), RequiredBody.field(body.newPassword(), "newPassword"));
        return Response.noContent().build();
    }
}
