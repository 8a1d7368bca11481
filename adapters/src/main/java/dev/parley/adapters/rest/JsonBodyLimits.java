package dev.parley.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bounds of every JSON request body the REST API reads ({@link JsonBodyGuard}).
 *
 * <p>The largest body a real client sends is a settings section with many FAQs (tens of kilobytes) and the deepest
 * a store's event properties a few levels down; a megabyte and 32 levels leave ample room for both, while a body made
 * to exhaust the parser (deeply nested arrays, a huge document) is refused before any parser sees it.
 */
@ApplicationScoped
public class JsonBodyLimits {

    private int maxBytes;
    private int maxDepth;

    @Inject
    JsonBodyLimits(
            @ConfigProperty(name = "parley.rest.max-body-bytes", defaultValue = "1048576") int maxBytes,
            @ConfigProperty(name = "parley.rest.max-json-depth", defaultValue = "32") int maxDepth) {
        if (maxBytes < 1024 || maxDepth < 4) {
            throw new IllegalArgumentException(
                    "PARLEY_REST_MAX_BODY_BYTES must be at least 1024 and PARLEY_REST_MAX_JSON_DEPTH at least 4");
        }
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    /** For CDI proxies only. */
    protected JsonBodyLimits() {}

    /** The largest body read, in bytes ({@code PARLEY_REST_MAX_BODY_BYTES}, default 1 MiB). */
    public int maxBytes() {
        return maxBytes;
    }

    /** The deepest nesting of arrays and objects read ({@code PARLEY_REST_MAX_JSON_DEPTH}, default 32). */
    public int maxDepth() {
        return maxDepth;
    }
}
