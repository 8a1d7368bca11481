package dev.parley.adapters.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;

/**
 * Bounds every form-encoded request body (the SMS provider's webhooks, the demo's fake provider) before anything parses
 * it: at most {@value #MAX_BYTES} bytes, whether the request says its length or sends it in chunks; else 413 {@code
 * body_too_large}, having read no more than one byte past the bound. A provider's forms are a few kilobytes.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
@ApplicationScoped
public class FormBodyGuard implements ContainerRequestFilter {

    /** The largest form taken. */
    static final int MAX_BYTES = 65_536;

    private static final Logger LOG = Logger.getLogger(FormBodyGuard.class.getName());

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return;
        }
        if (request.getLength() > MAX_BYTES) {
            refuse(request);
            return;
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            refuse(request);
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static void refuse(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        LOG.info(() -> "event=body_refused code=body_too_large max_bytes=" + MAX_BYTES + " path=" + path);
        request.abortWith(Problem.response(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "body_too_large",
                "The form is larger than the " + MAX_BYTES + " bytes this endpoint accepts; nothing was recorded."));
    }
}
