package dev.parley.adapters.websocket;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Refuses the agent WebSocket handshake with 403 unless an agent is signed in. */
@WebFilter(urlPatterns = "/ws/agent")
public class AgentHandshakeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(AgentHandshake.SESSION_AGENT_ATTRIBUTE) instanceof String)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"urn:parley:problem:not_signed_in\",\"title\":\"Forbidden\","
                            + "\"status\":403,\"detail\":\"Sign in to use the inbox.\",\"code\":\"not_signed_in\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
