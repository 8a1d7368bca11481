package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.AllowedOriginQuery;
import dev.parley.application.settings.port.in.RequestOrigin;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Lets the storefront widget, which runs on the store's own site, call the visitor's part of the API across origins
 * (CORS): the widget configuration, uploads and everything under {@code /visitor/}. A page of Parley's own origin or
 * of one of the store's allowed origins ({@link AllowedOriginQuery}, the rule of the WebSocket handshake) gets
 * {@code Access-Control-Allow-Origin} with its origin; any other page gets no CORS header, so its browser keeps the
 * answer from it, and its preflight is refused with 403 {@code origin_not_allowed}.
 *
 * <p>A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered by JAX-RS's own
 * {@code OPTIONS} handling, whose {@code Allow} header becomes {@code Access-Control-Allow-Methods}, so the methods
 * are always those the path has. Credentials are never allowed: visitors send their token as a bearer, and the
 * agents' session cookie must not work from another site. The agents' API gets no CORS header at all.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
@ApplicationScoped
public class CrossOriginFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";
    static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    static final String REQUEST_METHOD = "Access-Control-Request-Method";

    /** How long a browser may keep a preflight's answer, in seconds. */
    static final int PREFLIGHT_MAX_AGE_SECONDS = 600;

    /** The request property that carries the {@code Origin} of a page allowed to read the answer. */
    private static final String ALLOWED_ORIGIN_PROPERTY = "dev.parley.cors.allowedOrigin";

    private static final String ORIGIN = "Origin";
    private static final Logger LOG = Logger.getLogger(CrossOriginFilter.class.getName());

    private AllowedOriginQuery origins;

    /**
     * Injected through a method rather than the constructor: JAX-RS creates providers through their public no-arg
     * constructor.
     */
    @Inject
    void use(AllowedOriginQuery allowedOrigins) {
        this.origins = allowedOrigins;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString(ORIGIN);
        if (origin == null || !isVisitorPath(request.getUriInfo().getPath())) {
            return;
        }
        // The request URI's authority is the Host header's, or HTTP/2's :authority, which sends no Host header.
        URI requested = request.getUriInfo().getRequestUri();
        RequestOrigin from = RequestOrigin.of(origin, requested.getScheme(), requested.getRawAuthority());
        if (origins.allowsVisitorPage(from)) {
            request.setProperty(ALLOWED_ORIGIN_PROPERTY, origin);
        } else if (isPreflight(request)) {
            LOG.fine(() ->
                    "event=cors_preflight_refused path=" + request.getUriInfo().getPath());
            request.abortWith(Problem.response(
                    Response.Status.FORBIDDEN,
                    "origin_not_allowed",
                    "Pages of this site may not call Parley; an admin can allow the site in the settings"
                            + " (allowed origins)."));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isVisitorPath(request.getUriInfo().getPath())) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        // Whether an answer may be read depends on the page asking: caches must keep one answer per origin.
        headers.add(HttpHeaders.VARY, ORIGIN);
        if (!(request.getProperty(ALLOWED_ORIGIN_PROPERTY) instanceof String origin)) {
            return;
        }
        headers.putSingle(ALLOW_ORIGIN, origin);
        String allow = response.getHeaderString(HttpHeaders.ALLOW);
        if (isPreflight(request) && response.getStatus() == Response.Status.OK.getStatusCode() && allow != null) {
            response.setEntity(null);
            response.setStatus(Response.Status.NO_CONTENT.getStatusCode());
            headers.remove(HttpHeaders.CONTENT_TYPE);
            headers.putSingle(ALLOW_METHODS, allowMethods(allow));
            headers.putSingle(ALLOW_HEADERS, "authorization, content-type");
            headers.putSingle(MAX_AGE, String.valueOf(PREFLIGHT_MAX_AGE_SECONDS));
        } else if (headers.containsKey(HttpHeaders.LOCATION)) {
            headers.putSingle(EXPOSE_HEADERS, HttpHeaders.LOCATION);
        }
    }

    /**
     * Whether a path (relative to {@code /api/v1}) belongs to what the storefront widget calls; the agents' API
     * never does.
     */
    static boolean isVisitorPath(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals("widget/config")
                || relative.equals("uploads")
                || relative.startsWith("uploads/")
                || relative.startsWith("visitor/");
    }

    /** The methods of an {@code Allow} header a page may ask to use: all but {@code OPTIONS}, the preflight's own. */
    static String allowMethods(String allow) {
        return Arrays.stream(allow.split(","))
                .map(method -> method.strip().toUpperCase(Locale.ROOT))
                .filter(method -> !method.isEmpty() && !method.equals(HttpMethod.OPTIONS))
                .collect(Collectors.joining(", "));
    }

    private static boolean isPreflight(ContainerRequestContext request) {
        return request.getMethod().equals(HttpMethod.OPTIONS) && request.getHeaderString(REQUEST_METHOD) != null;
    }
}
