package dev.parley.adapters.rest;

import dev.parley.application.team.port.in.AgentView;
import dev.parley.domain.shared.AgentId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * How a signed-in agent is kept in the HTTP session: their id (read by the agent WebSocket handshake too) and the
 * session's CSRF token, which every state-changing request repeats in the {@value #CSRF_HEADER} header.
 */
final class AgentSessions {

    /** The HTTP session attribute that holds the signed-in agent's id; the agent WebSocket reads the same name. */
    static final String AGENT_ATTRIBUTE = "dev.parley.agent";
    /** The HTTP session attribute that holds the session's CSRF token. */
    static final String CSRF_ATTRIBUTE = "dev.parley.csrf";
    /** The request header that must repeat the CSRF token. */
    static final String CSRF_HEADER = "X-Parley-CSRF";
    /** The request attribute under which {@link SignedInFilter} leaves the caller for the resource. */
    static final String CALLER_ATTRIBUTE = "dev.parley.caller";

    private static final SecureRandom RANDOM = new SecureRandom();

    private AgentSessions() {}

    /** Starts a fresh session for the agent, so that a session id planted before signing in is worth nothing. */
    static String start(HttpServletRequest http, AgentId agent) {
        HttpSession previous = http.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        HttpSession session = http.getSession(true);
        session.setAttribute(AGENT_ATTRIBUTE, agent.toString());
        session.setAttribute(CSRF_ATTRIBUTE, csrf);
        return csrf;
    }

    static Optional<AgentId> agent(HttpServletRequest http) {
        return Optional.ofNullable(http.getSession(false))
                .map(session -> session.getAttribute(AGENT_ATTRIBUTE))
                .filter(String.class::isInstance)
                .map(id -> AgentId.of((String) id));
    }

    static Optional<String> csrfToken(HttpServletRequest http) {
        return Optional.ofNullable(http.getSession(false))
                .map(session -> session.getAttribute(CSRF_ATTRIBUTE))
                .filter(String.class::isInstance)
                .map(String.class::cast);
    }

    /** Whether the request repeats the session's CSRF token; compared in constant time. */
    static boolean carriesCsrfToken(HttpServletRequest http) {
        String given = http.getHeader(CSRF_HEADER);
        return given != null
                && csrfToken(http)
                        .map(expected -> MessageDigest.isEqual(
                                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8)))
                        .orElse(false);
    }

    /** The caller {@link SignedInFilter} let through. */
    static AgentView caller(HttpServletRequest http) {
        return (AgentView) http.getAttribute(CALLER_ATTRIBUTE);
    }
}
