package dev.parley.adapters.websocket;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Holds the client's address while a WebSocket handshake runs, for {@link ClientAddresses#capture}. */
@WebFilter(urlPatterns = {HandshakeOriginFilter.VISITOR_PATH, HandshakeOriginFilter.AGENT_PATH})
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ClientAddresses.hold(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            ClientAddresses.release();
        }
    }
}
