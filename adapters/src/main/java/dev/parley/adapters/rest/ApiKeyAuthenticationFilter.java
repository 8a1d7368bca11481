package dev.parley.adapters.rest;

import dev.parley.application.apikey.port.in.AuthenticateApiKeyUseCase;
import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.domain.apikey.ApiKeyId;
import dev.parley.domain.apikey.ApiKeyInvalidException;
import dev.parley.domain.apikey.ApiKeySecret;
import dev.parley.domain.shared.RateLimitedException;
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
import java.util.logging.Logger;

/**
 * Lets through only requests carrying a valid API key in {@code Authorization: Bearer <key>} and hands the key's id
 * to the resource as the request property {@link #API_KEY_PROPERTY}. A missing, unknown or revoked key is answered
 * 401 {@code api_key_invalid}, all alike. A key that made more calls than {@link EventsApiLimit} allows is answered 429
 * {@code rate_limited} with {@code Retry-After}, before the resource reads anything.
 */
@Provider
@ApiKeyAuthenticated
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiKeyAuthenticationFilter implements ContainerRequestFilter {

    /** The request property the authenticated {@link ApiKeyId} is passed under. */
    static final String API_KEY_PROPERTY = "dev.parley.apiKey";

    private static final String BEARER = "Bearer ";
    private static final int MAX_KEY_LENGTH = 200;

    private static final Logger LOG = Logger.getLogger(ApiKeyAuthenticationFilter.class.getName());

    private AuthenticateApiKeyUseCase keys;
    private AdmitUseCase limits;
    private EventsApiLimit limit;

    /**
     * Injected through a method rather than the constructor: JAX-RS creates providers through their public no-arg
     * constructor.
     */
    @Inject
    void use(AuthenticateApiKeyUseCase authenticating, AdmitUseCase admitting, EventsApiLimit callsPerKey) {
        this.keys = authenticating;
        this.limits = admitting;
        this.limit = callsPerKey;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<ApiKeySecret> presented = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        try {
            ApiKeyId key = keys.authenticate(presented.orElseThrow(ApiKeyInvalidException::new));
            limits.admit(limit.perKey(), key.toString());
            request.setProperty(API_KEY_PROPERTY, key);
        } catch (RateLimitedException limited) {
            LOG.info(() ->
                    "event=rate_limited limit=" + limited.limit() + " retry_after=" + limited.retryAfterSeconds());
            request.abortWith(Response.fromResponse(
                            Problem.response(Response.Status.TOO_MANY_REQUESTS, limited.code(), limited.getMessage()))
                    .header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds())
                    .build());
        } catch (ApiKeyInvalidException refused) {
            request.abortWith(Response.fromResponse(
                            Problem.response(Response.Status.UNAUTHORIZED, refused.code(), refused.getMessage()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build());
        }
    }

    private static Optional<ApiKeySecret> bearer(String authorization) {
        if (authorization == null
                || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String key = authorization.substring(BEARER.length()).strip();
        return key.isEmpty() || key.length() > MAX_KEY_LENGTH ? Optional.empty() : Optional.of(new ApiKeySecret(key));
    }
}
