package dev.parley.adapters.rest;

import dev.parley.application.team.port.in.AgentSessionQuery;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Checks the agent's session cookie once per request, whichever resource answers it, and leaves what it is worth for
 * {@link SignedInFilter} and the resources (see {@link AgentSessions}). A request without the cookie costs nothing.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class AgentSessionFilter implements ContainerRequestFilter {

    @Context
    private HttpServletRequest http;

    private AgentSessionQuery sessions;

    /**
     * Injected through a method rather than the constructor: JAX-RS creates providers through their public no-arg
     * constructor.
     */
    @Inject
    void use(AgentSessionQuery sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        AgentSessions.token(http)
                .ifPresent(token -> http.setAttribute(AgentSessions.CHECK_ATTRIBUTE, sessions.check(token)));
    }
}
