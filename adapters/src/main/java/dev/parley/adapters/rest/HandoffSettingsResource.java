package dev.parley.adapters.rest;

import dev.parley.application.handoff.port.in.HelpdeskConnectionsUseCase;
import dev.parley.application.handoff.port.in.HelpdeskConnectionsUseCase.ConnectHelpdeskCommand;
import dev.parley.application.handoff.port.in.HelpdeskConnectionsUseCase.ConnectionTest;
import dev.parley.application.handoff.port.in.HelpdeskConnectionsUseCase.ConnectionView;
import dev.parley.application.handoff.port.in.HelpdeskConnectionsUseCase.HandoffSettingsView;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * The handoff settings ({@code /api/v1/settings/handoff}), for admins only (with the session's CSRF token on changes):
 * the store's Zendesk and Gorgias connections, their secrets write-only; connect or change, test, disconnect. See
 * {@code docs/schemas/rest/settings-handoff*.schema.json}.
 */
@Path("settings/handoff")
@RequestScoped
@SignedIn(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class HandoffSettingsResource {

    private HelpdeskConnectionsUseCase connections;

    @Inject
    public HandoffSettingsResource(HelpdeskConnectionsUseCase connections) {
        this.connections = connections;
    }

    /** For CDI proxies only. */
    protected HandoffSettingsResource() {}

    /**
     * A connection as an admin writes it: Zendesk's fields or Gorgias's.
     *
     * @param clientSecret Zendesk's OAuth client secret; absent or null keeps the stored one
     * @param apiKey Gorgias's API key; absent or null keeps the stored one
     */
    public record Request(
            String subdomain, String clientId, String clientSecret, String domain, String email, String apiKey) {

        @Override
        public String toString() {
            return "Request[secret redacted]";
        }
    }

    /** The handoff settings; a helpdesk not connected is null. */
    public record SettingsResponse(boolean secretsKeyConfigured, ZendeskResponse zendesk, GorgiasResponse gorgias) {}

    /** Zendesk's connection, without its secret. */
    public record ZendeskResponse(String subdomain, String clientId, boolean secretSet, String updatedAt) {}

    /** Gorgias's connection, without its key. */
    public record GorgiasResponse(String domain, String email, boolean secretSet, String updatedAt) {}

    /** The outcome of a connection test. */
    public record TestResponse(boolean ok, String outcome, Integer status, long tookMs) {}

    @GET
    public SettingsResponse read(@Context HttpServletRequest http) {
        HandoffSettingsView view = connections.overview(caller(http));
        return new SettingsResponse(
                view.secretsKeyConfigured(),
                view.zendesk().map(HandoffSettingsResource::zendesk).orElse(null),
                view.gorgias().map(HandoffSettingsResource::gorgias).orElse(null));
    }

    @PUT
    @Path("{helpdesk}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Object connect(@PathParam("helpdesk") String name, Request request, @Context HttpServletRequest http) {
        Helpdesk helpdesk = helpdesk(name);
        Request body = request == null ? new Request(null, null, null, null, null, null) : request;
        ConnectHelpdeskCommand command = helpdesk == Helpdesk.ZENDESK
                ? new ConnectHelpdeskCommand(
                        caller(http),
                        helpdesk,
                        body.subdomain(),
                        body.clientId(),
                        Optional.ofNullable(body.clientSecret()))
                : new ConnectHelpdeskCommand(
                        caller(http), helpdesk, body.domain(), body.email(), Optional.ofNullable(body.apiKey()));
        ConnectionView view = connections.connect(command);
        return helpdesk == Helpdesk.ZENDESK ? zendesk(view) : gorgias(view);
    }

    @DELETE
    @Path("{helpdesk}")
    public Response disconnect(@PathParam("helpdesk") String name, @Context HttpServletRequest http) {
        connections.disconnect(caller(http), helpdesk(name));
        return Response.noContent().build();
    }

    @POST
    @Path("{helpdesk}/test")
    public TestResponse test(@PathParam("helpdesk") String name, @Context HttpServletRequest http) {
        ConnectionTest test = connections.test(caller(http), helpdesk(name));
        return new TestResponse(test.ok(), test.outcome(), test.status().orElse(null), test.tookMillis());
    }

    private static Helpdesk helpdesk(String name) {
        for (Helpdesk helpdesk : Helpdesk.values()) {
            if (helpdesk.code().equals(name.toLowerCase(Locale.ROOT))) {
                return helpdesk;
            }
        }
        throw new NotFoundException("No helpdesk is called " + name);
    }

    private static ZendeskResponse zendesk(ConnectionView view) {
        return new ZendeskResponse(view.account(), view.login(), true, time(view));
    }

    private static GorgiasResponse gorgias(ConnectionView view) {
        return new GorgiasResponse(view.account(), view.login(), true, time(view));
    }

    private static String time(ConnectionView view) {
        return view.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static AgentId caller(HttpServletRequest http) {
        return AgentSessions.caller(http).id();
    }
}
