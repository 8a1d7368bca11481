package dev.parley.adapters.rest;

import dev.parley.application.webhook.port.in.CreatedWebhook;
import dev.parley.application.webhook.port.in.ManageWebhooksUseCase;
import dev.parley.application.webhook.port.in.WebhookCommand;
import dev.parley.application.webhook.port.in.WebhookDeliveryView;
import dev.parley.application.webhook.port.in.WebhookView;
import dev.parley.application.webhook.port.in.WebhooksOverview;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Role;
import dev.parley.domain.webhook.WebhookDeliveryId;
import dev.parley.domain.webhook.WebhookEndpointId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The store's outgoing webhooks ({@code /api/v1/webhooks}), for admins only (with the session's CSRF token on
 * changes): list, register (the new secret is in that answer and nowhere else), change, delete, rotate the secret
 * (likewise shown once), send a test event, read an endpoint's delivery log and redeliver. See {@code
 * docs/webhooks.md}.
 */
@Path("webhooks")
@RequestScoped
@SignedIn(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    private ManageWebhooksUseCase webhooks;

    @Inject
    public WebhooksResource(ManageWebhooksUseCase webhooks) {
        this.webhooks = webhooks;
    }

    /** For CDI proxies only. */
    protected WebhooksResource() {}

    /**
     * An endpoint as an admin writes it.
     *
     * @param url where events go: https (http only where the operator allows it)
     * @param description what it is for, up to 200 characters; optional
     * @param types the event types it receives, at least one
     * @param enabled whether it receives events; true when absent
     */
    public record Request(String url, String description, List<String> types, Boolean enabled) {}

    /**
     * The webhooks screen's content.
     *
     * @param webhooks every endpoint, oldest first
     * @param eventTypes the event types an endpoint may receive
     * @param maxEndpoints the most endpoints the store may have
     * @param httpAllowed whether plain http URLs are taken
     * @param secretsUnavailable why endpoints cannot be added now (no PARLEY_SECRETS_KEY); absent when they can
     */
    public record OverviewResponse(
            List<WebhookResponse> webhooks,
            List<String> eventTypes,
            int maxEndpoints,
            boolean httpAllowed,
            String secretsUnavailable) {

        static OverviewResponse of(WebhooksOverview overview) {
            return new OverviewResponse(
                    overview.endpoints().stream().map(WebhookResponse::of).toList(),
                    overview.eventTypes(),
                    overview.maxEndpoints(),
                    overview.httpAllowed(),
                    overview.secretsUnavailable().orElse(null));
        }
    }

    /**
     * An endpoint; never its secret, except in the answer that made it ({@code secret}).
     *
     * @param disabled why it is disabled: {@code by_admin}, {@code gone} (it answered 410) or {@code failing}; absent
     *     while enabled
     * @param previousSecretUntil until when the previous secret still signs, after a rotation
     * @param secret the new signing secret, only in the answer of a registration or a rotation
     */
    public record WebhookResponse(
            String id,
            String url,
            String description,
            List<String> types,
            boolean enabled,
            String disabled,
            int consecutiveFailures,
            String failingSince,
            String previousSecretUntil,
            String createdAt,
            String secret) {

        static WebhookResponse of(WebhookView view) {
            return withSecret(view, null);
        }

        static WebhookResponse withSecret(WebhookView view, String secret) {
            return new WebhookResponse(
                    view.id(),
                    view.url(),
                    view.description(),
                    view.types(),
                    view.enabled(),
                    view.disabled().orElse(null),
                    view.consecutiveFailures(),
                    time(view.failingSince()),
                    time(view.previousSecretUntil()),
                    time(Optional.of(view.createdAt())),
                    secret);
        }
    }

    /**
     * One delivery of the log.
     *
     * @param eventId the {@code webhook-id} of its every attempt
     * @param status one of pending, delivered, failed and dropped
     * @param responseStatus the receiver's last status code, when it answered
     * @param error why the last attempt failed, or why it was dropped
     */
    public record DeliveryResponse(
            String id,
            String eventId,
            String type,
            String status,
            int attempts,
            String createdAt,
            String firstAttemptAt,
            String lastAttemptAt,
            String nextAttemptAt,
            Integer responseStatus,
            String error,
            String deliveredAt) {

        static DeliveryResponse of(WebhookDeliveryView view) {
            return new DeliveryResponse(
                    view.id(),
                    view.eventId(),
                    view.type(),
                    view.status(),
                    view.attempts(),
                    time(Optional.of(view.createdAt())),
                    time(view.firstAttemptAt()),
                    time(view.lastAttemptAt()),
                    time(view.nextAttemptAt()),
                    view.responseStatus().orElse(null),
                    view.error().orElse(null),
                    time(view.deliveredAt()));
        }
    }

    /**
     * An endpoint's delivery log.
     *
     * @param deliveries newest first
     */
    public record DeliveriesResponse(List<DeliveryResponse> deliveries) {}

    @GET
    public OverviewResponse overview(@Context HttpServletRequest http) {
        return OverviewResponse.of(webhooks.overview(caller(http)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(Request request, @Context HttpServletRequest http, @Context UriInfo uri) {
        CreatedWebhook created = webhooks.register(command(request, http));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.endpoint().id())
                        .build())
                .cacheControl(noStore())
                .entity(WebhookResponse.withSecret(
                        created.endpoint(), created.secret().value()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WebhookResponse change(@PathParam("id") String id, Request request, @Context HttpServletRequest http) {
        WebhookEndpointId endpoint = WebhookEndpointId.parse(id);
        return WebhookResponse.of(webhooks.change(endpoint, command(request, http)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context HttpServletRequest http) {
        webhooks.delete(caller(http), WebhookEndpointId.parse(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/secret")
    public Response rotateSecret(@PathParam("id") String id, @Context HttpServletRequest http) {
        CreatedWebhook rotated = webhooks.rotateSecret(caller(http), WebhookEndpointId.parse(id));
        return Response.ok(WebhookResponse.withSecret(
                        rotated.endpoint(), rotated.secret().value()))
                .cacheControl(noStore())
                .build();
    }

    @POST
    @Path("{id}/test")
    public DeliveryResponse sendTest(@PathParam("id") String id, @Context HttpServletRequest http) {
        return DeliveryResponse.of(webhooks.sendTest(caller(http), WebhookEndpointId.parse(id)));
    }

    @GET
    @Path("{id}/deliveries")
    public DeliveriesResponse deliveries(
            @PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @Context HttpServletRequest http) {
        return new DeliveriesResponse(webhooks.deliveries(caller(http), WebhookEndpointId.parse(id), limit).stream()
                .map(DeliveryResponse::of)
                .toList());
    }

    @POST
    @Path("{id}/deliveries/{delivery}/redeliver")
    public DeliveryResponse redeliver(
            @PathParam("id") String id, @PathParam("delivery") String delivery, @Context HttpServletRequest http) {
        return DeliveryResponse.of(
                webhooks.redeliver(caller(http), WebhookEndpointId.parse(id), WebhookDeliveryId.parse(delivery)));
    }

    private static WebhookCommand command(Request request, HttpServletRequest http) {
        Request body = RequiredBody.of(request);
        return new WebhookCommand(
                caller(http),
                RequiredBody.field(body.url(), "url"),
                body.description(),
                body.types(),
                body.enabled() == null || body.enabled());
    }

    private static AgentId caller(HttpServletRequest http) {
        return AgentSessions.caller(http).id();
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }

    private static String time(Optional<Instant> at) {
        return at.map(instant -> instant.truncatedTo(ChronoUnit.MILLIS).toString())
                .orElse(null);
    }
}
