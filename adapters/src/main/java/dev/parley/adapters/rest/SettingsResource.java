package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.StoreSettingsQuery;
import dev.parley.application.settings.port.in.StoreSettingsView;
import dev.parley.application.settings.port.in.UpdateStoreSettingsUseCase;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;

/**
 * The store's settings ({@code /api/v1/settings}), for admins only: read them all, or change some sections at once.
 * A change that breaks a rule is refused as a whole with the rule's code (400) and changes nothing. See
 * {@link SettingsRequest} for the body and {@code docs/rest-settings.md} for examples.
 */
@Path("settings")
@RequestScoped
@SignedIn(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private static final Logger LOG = Logger.getLogger(SettingsResource.class.getName());

    private StoreSettingsQuery settings;
    private UpdateStoreSettingsUseCase updating;

    @Inject
    public SettingsResource(StoreSettingsQuery settings, UpdateStoreSettingsUseCase updating) {
        this.settings = settings;
        this.updating = updating;
    }

    /** For CDI proxies only. */
    protected SettingsResource() {
    }

    @GET
    public Response read() {
        return answer(settings.settings());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(SettingsRequest request, @Context HttpServletRequest http) {
        if (request == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "malformed_body",
                    "Send the settings to change as a JSON object.");
        }
        AgentView caller = AgentSessions.caller(http);
        StoreSettingsView updated = updating.update(caller.id(), request.toCommand());
        LOG.info(() -> "event=settings_updated agent=" + caller.id());
        return answer(updated);
    }

    private static Response answer(StoreSettingsView view) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(SettingsResponse.of(view)).cacheControl(noStore).build();
    }
}
