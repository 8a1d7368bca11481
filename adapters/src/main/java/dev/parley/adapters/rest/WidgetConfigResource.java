package dev.parley.adapters.rest;

import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.UploadPolicy;
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
    private MessageTextPolicy text;
    private UploadPolicy uploads;

    @Inject
    public WidgetConfigResource(WidgetConfigQuery config, MessageTextPolicy text, UploadPolicy uploads) {
        this.config = config;
        this.text = text;
        this.uploads = uploads;
    }

    /** For CDI proxies only. */
    protected WidgetConfigResource() {}

    @GET
    public Response read() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(WidgetConfigResponse.of(config.widgetConfig(), LimitsResponse.of(text, uploads)))
                .cacheControl(noStore)
                .build();
    }
}
