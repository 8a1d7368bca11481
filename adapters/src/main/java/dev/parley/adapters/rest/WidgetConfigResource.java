package dev.parley.adapters.rest;

import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.UploadPolicy;
import dev.parley.application.settings.port.in.WidgetConfigQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * How the storefront widget looks and behaves ({@code GET /api/v1/widget/config}), for anyone: the widget asks before
 * it shows the launcher. Never cached, so that a changed setting or the store opening shows at the next page load.
 */
@Path("widget/config")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WidgetConfigResource {

    /** The longest language tag read; a longer one is no language Parley speaks. */
    private static final int MAX_LANGUAGE_TAG_LENGTH = 35;

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

    /**
     * The widget's configuration for one visitor.
     *
     * @param lang the visitor's language as a BCP 47 tag, such as {@code pl-PL}: the store's texts come in it where
     *     the store wrote them in it
     */
    @GET
    public Response read(@QueryParam("lang") String lang) {
        Optional<String> language = Optional.ofNullable(lang).filter(tag -> tag.length() <= MAX_LANGUAGE_TAG_LENGTH);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(WidgetConfigResponse.of(config.widgetConfig(language), LimitsResponse.of(text, uploads)))
                .cacheControl(noStore)
                .build();
    }
}
