package dev.parley.adapters.rest;

import dev.parley.application.team.port.in.AgentQuery;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.domain.team.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;

/**
 * Lets through only signed-in team members with the role a {@link SignedIn} resource asks for, and, for methods
 * that change something, only requests that repeat the session's CSRF token.
 */
@Provider
@SignedIn
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class SignedInFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private HttpServletRequest http;

    @Context
    private ResourceInfo resource;

    private AgentQuery agents;

    /**
     * Injected through a method rather than the constructor: JAX-RS creates providers through their public no-arg
     * constructor.
     */
    @Inject
    void use(AgentQuery agents) {
        this.agents = agents;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<AgentView> caller = AgentSessions.agent(http).flatMap(agents::find);
        if (caller.isEmpty()) {
            request.abortWith(
                    Problem.response(Response.Status.UNAUTHORIZED, "not_signed_in", "Sign in to use the inbox."));
            return;
        }
        if (requiredRole() == Role.ADMIN && caller.get().role() != Role.ADMIN) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN, "admins_only", "Only admins may do this."));
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !AgentSessions.carriesCsrfToken(http)) {
            request.abortWith(Problem.response(
                    Response.Status.FORBIDDEN,
                    "csrf_token_invalid",
                    "This request must repeat the session's CSRF token in the " + AgentSessions.CSRF_HEADER
                            + " header."));
            return;
        }
        http.setAttribute(AgentSessions.CALLER_ATTRIBUTE, caller.get());
    }

    private Role requiredRole() {
        SignedIn onMethod = resource.getResourceMethod().getAnnotation(SignedIn.class);
        SignedIn onClass = resource.getResourceClass().getAnnotation(SignedIn.class);
        SignedIn effective = onMethod != null ? onMethod : onClass;
        return effective == null ? Role.AGENT : effective.value();
    }
}
