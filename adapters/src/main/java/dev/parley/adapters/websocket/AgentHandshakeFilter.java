package dev.parley.adapters.websocket;

import dev.parley.adapters.wire.AgentSessionCookie;
import dev.parley.application.team.port.in.AgentSessionQuery;
import dev.parley.application.team.port.in.SessionCheck;
import dev.parley.domain.team.SessionEnd;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Refuses the agent WebSocket handshake with 403 unless the session cookie signs a team member in (read from the
 * database, so a restart signs nobody out). A removed member's handshake says so.
 */
@WebFilter(urlPatterns = "/ws/agent")
public class AgentHandshakeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private transient AgentSessionQuery sessions;

    /** Injected through a method: the servlet container creates filters itself. */
    @Inject
    void use(AgentSessionQuery sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SessionCheck check = AgentSessionCookie.token(Collections.list(request.getHeaders("Cookie")))
                .<SessionCheck>map(sessions::check)
                .orElseGet(SessionCheck.Unknown::new);
        if (!(check instanceof SessionCheck.SignedIn)) {
            boolean removed = check instanceof SessionCheck.Ended ended && ended.reason() == SessionEnd.REMOVED;
            String code = removed ? "account_removed" : "not_signed_in";
            String detail = removed ? "Your account was removed from the team." : "Sign in to use the inbox.";
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"urn:parley:problem:" + code + "\",\"title\":\"Forbidden\",\"status\":403,"
                            + "\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
