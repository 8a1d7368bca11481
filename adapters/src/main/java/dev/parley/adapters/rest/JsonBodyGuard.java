package dev.parley.adapters.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * Bounds every JSON request body before anything parses it: at most {@link JsonBodyLimits#maxBytes()} bytes (else 413
 * {@code body_too_large}) and arrays and objects nested at most {@link JsonBodyLimits#maxDepth()} deep (else 400
 * {@code malformed_body}). Either refusal logs one short line and reads nothing further; the body that passes is
 * handed on unchanged. Bodies of other types (image uploads) have their own bounds where they are read.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
@ApplicationScoped
public class JsonBodyGuard implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(JsonBodyGuard.class.getName());

    private JsonBodyLimits limits;

    /**
     * Injected through a method rather than the constructor: JAX-RS creates providers through their public no-arg
     * constructor.
     */
    @Inject
    void use(JsonBodyLimits bodyLimits) {
        this.limits = bodyLimits;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !isJson(request.getMediaType())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        int max = limits.maxBytes();
        String declared = request.getHeaderString("Content-Length");
        if (declared != null && isOver(declared, max)) {
            refuseTooLarge(request, path, max);
            return;
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readNBytes(max + 1);
        }
        if (body.length > max) {
            refuseTooLarge(request, path, max);
            return;
        }
        int depth = JsonDepth.exceeds(body, limits.maxDepth());
        if (depth > 0) {
            LOG.info(() -> "event=body_refused code=malformed_body reason=too_deep depth_over=" + limits.maxDepth()
                    + " path=" + path);
            request.abortWith(Problem.response(
                    Response.Status.BAD_REQUEST,
                    "malformed_body",
                    "The body nests arrays and objects more than " + limits.maxDepth()
                            + " deep; send a JSON body of the documented shape."));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static void refuseTooLarge(ContainerRequestContext request, String path, int max) {
        LOG.info(() -> "event=body_refused code=body_too_large max_bytes=" + max + " path=" + path);
        request.abortWith(Problem.response(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "body_too_large",
                "The body is larger than the " + max + " bytes this endpoint accepts; nothing was recorded."));
    }

    private static boolean isOver(String contentLength, int max) {
        try {
            return Long.parseLong(contentLength.strip()) > max;
        } catch (NumberFormatException notANumber) {
            return false; // the container refuses it; the stream's length is checked below anyway
        }
    }

    static boolean isJson(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.getSubtype().endsWith("+json"));
    }
}
