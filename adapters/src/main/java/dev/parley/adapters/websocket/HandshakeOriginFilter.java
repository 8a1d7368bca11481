package dev.parley.adapters.websocket;

import dev.parley.application.settings.port.in.AllowedOriginQuery;
import dev.parley.application.settings.port.in.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Refuses a WebSocket handshake with 403 when a browser opens it from a page it should not come from (cross-site
 * WebSocket hijacking). A browser always sends an {@code Origin} header; a request without one is not a browser's
 * and passes. {@code /ws/visitor} accepts Parley's own origin and the sites the store allows to embed the chat
 * (settings, {@code allowedOrigins}); {@code /ws/agent} accepts Parley's own origin only. Parley's own origin is the
 * scheme of the request and its {@code Host} header. The rule is the application's ({@link AllowedOriginQuery}), the
 * same the REST adapter applies to cross-origin requests.
 */
@WebFilter(urlPatterns = {HandshakeOriginFilter.VISITOR_PATH, HandshakeOriginFilter.AGENT_PATH})
public class HandshakeOriginFilter extends HttpFilter {

    static final String VISITOR_PATH = "/ws/visitor";
    static final String AGENT_PATH = "/ws/agent";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HandshakeOriginFilter.class.getName());

    private transient AllowedOriginQuery origins;

    /** Injected through a method: the servlet container creates filters through their public no-arg constructor. */
    @Inject
    void use(AllowedOriginQuery allowedOrigins) {
        this.origins = allowedOrigins;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestOrigin origin =
                RequestOrigin.of(request.getHeader("Origin"), request.getScheme(), request.getHeader("Host"));
        if (isVisitorEndpoint(request) ? origins.allowsVisitorPage(origin) : origins.allowsAgentPage(origin)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.fine(() -> "event=websocket_origin_refused path=" + request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"type\":\"urn:parley:problem:origin_not_allowed\",\"title\":\"Forbidden\","
                        + "\"status\":403,\"detail\":\"Pages of this site may not open this connection; an admin can allow"
                        + " the site in the settings (allowed origins).\",\"code\":\"origin_not_allowed\"}");
    }

    private static boolean isVisitorEndpoint(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .equals(VISITOR_PATH);
    }
}
