package dev.parley.adapters.rest;

import dev.parley.adapters.wire.AgentSessionCookie;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.team.port.in.IssuedSession;
import dev.parley.application.team.port.in.SessionCheck;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Optional;

/**
 * How a request's agent session is read: {@link AgentSessionFilter} checks the session cookie once per request and
 * leaves what it found here; resources read the signed-in agent and the session's CSRF token, which every
 * state-changing request repeats in the {@value #CSRF_HEADER} header. A session that is rotated answers its new CSRF
 * token in the same header.
 */
final class AgentSessions {

    /** The request header that must repeat the CSRF token, and the response header that gives a rotated one. */
    static final String CSRF_HEADER = "X-Parley-CSRF";
    /** The request attribute under which {@link SignedInFilter} leaves the caller for the resource. */
    static final String CALLER_ATTRIBUTE = "dev.parley.caller";
    /** The request attribute under which {@link AgentSessionFilter} leaves what the session cookie is worth. */
    static final String CHECK_ATTRIBUTE = "dev.parley.sessionCheck";

    private AgentSessions() {}

    /** The session token the request's cookie carries, if any. */
    static Optional<SessionToken> token(HttpServletRequest http) {
        return AgentSessionCookie.token(Collections.list(http.getHeaders(HttpHeaders.COOKIE)));
    }

    /** What the request's session cookie is worth, as {@link AgentSessionFilter} found it. */
    static SessionCheck check(HttpServletRequest http) {
        return http.getAttribute(CHECK_ATTRIBUTE) instanceof SessionCheck check ? check : new SessionCheck.Unknown();
    }

    static Optional<SessionCheck.SignedIn> signedIn(HttpServletRequest http) {
        return check(http) instanceof SessionCheck.SignedIn signedIn ? Optional.of(signedIn) : Optional.empty();
    }

    static Optional<AgentId> agent(HttpServletRequest http) {
        return signedIn(http).map(signedIn -> signedIn.agent().id());
    }

    static Optional<String> csrfToken(HttpServletRequest http) {
        return signedIn(http).map(SessionCheck.SignedIn::csrfToken);
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

    /** The token of the session {@link SignedInFilter} let through. */
    static SessionToken callerToken(HttpServletRequest http) {
        return token(http).orElseThrow(() -> new IllegalStateException("A signed-in request without its token"));
    }

    /** Gives the browser a started or rotated session: the cookie, and the CSRF token in {@value #CSRF_HEADER}. */
    static Response.ResponseBuilder issue(
            Response.ResponseBuilder response, IssuedSession session, HttpServletRequest http) {
        return response.header(HttpHeaders.SET_COOKIE, AgentSessionCookie.set(session.token(), http.isSecure()))
                .header(CSRF_HEADER, session.csrfToken());
    }

    /** The 401 for a request whose session cookie signs nobody in, saying why when Parley knows. */
    static Response notSignedIn(SessionCheck check) {
        if (check instanceof SessionCheck.Ended ended) {
            return ended.reason() == SessionEnd.REMOVED
                    ? Problem.response(
                            Response.Status.UNAUTHORIZED,
                            "account_removed",
                            "Your account was removed from the team; ask an admin if you need it again.")
                    : Problem.response(Response.Status.UNAUTHORIZED, "not_signed_in", signedOutBecause(ended.reason()));
        }
        return Problem.response(Response.Status.UNAUTHORIZED, "not_signed_in", "Sign in to use the inbox.");
    }

    private static String signedOutBecause(SessionEnd reason) {
        return switch (reason) {
            case PASSWORD_CHANGED -> "You were signed out because your password was changed; sign in again.";
            case ROLE_CHANGED -> "You were signed out because your role was changed; sign in again.";
            default -> "Sign in to use the inbox.";
        };
    }
}
