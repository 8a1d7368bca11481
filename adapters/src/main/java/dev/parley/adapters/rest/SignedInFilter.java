package dev.parley.adapters.rest;

import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.team.port.in.SessionCheck;
import dev.parley.domain.team.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Lets through only signed-in team members with the role a {@link SignedIn} resource asks for, and, for methods
 * that change something, only requests that repeat the session's CSRF token. A session that was ended is told why
 * (removal from the team answers {@code account_removed}).
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

    @Override
    public void filter(ContainerRequestContext request) {
        SessionCheck check = AgentSessions.check(http);
        if (!(check instanceof SessionCheck.SignedIn signedIn)) {
            request.abortWith(AgentSessions.notSignedIn(check));
            return;
        }
        AgentView caller = signedIn.agent();
        if (requiredRole() == Role.ADMIN && caller.role() != Role.ADMIN) {
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
        http.setAttribute(AgentSessions.CALLER_ATTRIBUTE, caller);
    }

    private Role requiredRole() {
        SignedIn onMethod = resource.getResourceMethod().getAnnotation(SignedIn.class);
        SignedIn onClass = resource.getResourceClass().getAnnotation(SignedIn.class);
        SignedIn effective = onMethod != null ? onMethod : onClass;
        return effective == null ? Role.AGENT : effective.value();
    }
}
