package dev.parley.adapters.rest;

import dev.parley.application.notification.port.in.EmailDeliveryUseCase;
import dev.parley.application.notification.port.in.EmailDeliveryUseCase.TestEmailOutcome;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Whether Parley can email the team, and a test email ({@code /api/v1/settings/email-delivery}), for admins only: the
 * email notification screen says why nothing would be sent, or lets the admin see an email arrive.
 */
@Path("settings/email-delivery")
@RequestScoped
@SignedIn(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The store's settings, by section; admins only")
public class EmailDeliveryResource {

    private static final Logger LOG = Logger.getLogger(EmailDeliveryResource.class.getName());

    /**
     * Whether the team's emails can go out.
     *
     * @param canSend a mail server is configured; without one, notifications wait
     * @param problem why not, as a code ({@code smtp_not_configured}); absent when they can
     */
    public record Delivery(boolean canSend, String problem) {}

    /**
     * A test email that the mail server accepted.
     *
     * @param sentTo the admin's own address, where it went
     */
    public record TestSent(String sentTo) {}

    private EmailDeliveryUseCase delivery;

    @Inject
    public EmailDeliveryResource(EmailDeliveryUseCase delivery) {
        this.delivery = delivery;
    }

    /** For CDI proxies only. */
    protected EmailDeliveryResource() {}

    @GET
    @Operation(summary = "Whether a mail server is configured, so that the team's emails can go out")
    public Response read() {
        boolean canSend = delivery.delivery().canSend();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new Delivery(canSend, canSend ? null : "smtp_not_configured"))
                .cacheControl(noStore)
                .build();
    }

    @POST
    @Path("test")
    @Operation(summary = "Email the signed-in admin a test email, in their account's language")
    @APIResponse(responseCode = "200", description = "The mail server accepted it; sentTo names the address")
    @APIResponse(responseCode = "409", description = "No mail server is configured (smtp_not_configured)")
    @APIResponse(responseCode = "429", description = "Too many test emails lately (rate_limited), with Retry-After")
    @APIResponse(
            responseCode = "502",
            description = "The mail server could not be reached or refused it (email_not_sent); detail says why")
    public Response test(@Context HttpServletRequest http) {
        AgentView caller = AgentSessions.caller(http);
        TestEmailOutcome outcome = delivery.sendTest(caller.id());
        if (outcome.failure().isPresent()) {
            LOG.warning(() -> "event=test_email_not_sent agent=" + caller.id() + " reason=\""
                    + outcome.failure().get().replace('"', '\'') + "\"");
            // The detail is the mail server's own answer: the screen words the rest in the admin's language.
            return Problem.response(
                    Response.Status.BAD_GATEWAY,
                    "email_not_sent",
                    outcome.failure().get());
        }
        LOG.info(() -> "event=test_email_sent agent=" + caller.id());
        return Response.ok(new TestSent(outcome.address())).build();
    }
}
