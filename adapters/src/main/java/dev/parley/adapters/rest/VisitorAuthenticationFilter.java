package dev.parley.adapters.rest;

import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.VisitorToken;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Lets through only requests carrying a visitor token Parley issued (or the token of a reply email's link, see
 * {@link VisitorBearer}), in {@code Authorization: Bearer <token>}, and hands the visitor to the resource as the request property {@link #VISITOR_PROPERTY}. The token travels in a header,
 * never a cookie, so no other site can make a visitor's browser use it.
 */
@Provider
@VisitorAuthenticated
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class VisitorAuthenticationFilter implements ContainerRequestFilter {

    /** The request property (a servlet request attribute) the authenticated {@link VisitorId} is passed under. */
    static final String VISITOR_PROPERTY = "dev.parley.visitor";

    private static final String BEARER = "Bearer ";
    private static final int MAX_TOKEN_LENGTH = 200;

    private VisitorBearer bearers;

    /**
     * Injected through a method rather than the constructor: JAX-RS creates providers through their public no-arg
     * constructor.
     */
    @Inject
    void use(VisitorBearer visitorBearers) {
        this.bearers = visitorBearers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<VisitorId> visitor = bearers.visitor(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (visitor.isEmpty()) {
            request.abortWith(Response.fromResponse(
                            Problem.response(
                                    Response.Status.UNAUTHORIZED,
                                    "visitor_unknown",
                                    "Send the visitor token from POST /api/v1/visitor/session as 'Authorization: Bearer <token>'."))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build());
            return;
        }
        request.setProperty(VISITOR_PROPERTY, visitor.get());
    }

    /** The visitor token an {@code Authorization} header carries, if it carries one of a plausible shape. */
    static Optional<VisitorToken> bearerToken(String authorization) {
        if (authorization == null
                || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() || token.length() > MAX_TOKEN_LENGTH
                ? Optional.empty()
                : Optional.of(new VisitorToken(token));
    }
}
