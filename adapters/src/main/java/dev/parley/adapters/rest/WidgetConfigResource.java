package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.WidgetConfigQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * How the storefront widget looks and behaves ({@code GET /api/v1/widget/config}), for anyone: the widget asks before
 * it shows the launcher. Never cached, so that a changed setting or the store opening shows at the next page load.
 */
@Path("widget/config")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WidgetConfigResource {

    private WidgetConfigQuery config;

    @Inject
    public WidgetConfigResource(WidgetConfigQuery config) {
        this.config = config;
    }

    /** For CDI proxies only. */
    protected WidgetConfigResource() {
    }

    @GET
    public Response read() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(WidgetConfigResponse.of(config.widgetConfig())).cacheControl(noStore).build();
    }
}
