package dev.parley.server;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;

/**
 * Answers a request for a file Parley does not have (anything outside the REST API, the WebSockets and Parley's own
 * servlets) with a plain 404 ({@link ErrorPage}) before the container's file servlet sees it. That servlet would
 * throw a {@code FileNotFoundException}, which the container logs (SRVE0190E) and writes an FFDC incident for: a
 * stack trace on disk for every mistyped or probed address.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class MissingFiles extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isFile(path) && !servedByAServlet(request.getServletContext(), path) && isMissing(request, path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the container's file servlet may answer the path: not the API, a WebSocket or a servlet of Parley's. */
    static boolean isFile(String path) {
        return !path.isEmpty()
                && !path.equals("/")
                && !path.equals("/error")
                && !path.startsWith("/api/v1/")
                && !path.equals("/api/v1")
                && !path.startsWith("/ws/");
    }

    /** Whether a servlet other than the file servlet is mapped to the path (one the deployment adds, too). */
    static boolean servedByAServlet(ServletContext context, String path) {
        for (ServletRegistration servlet : context.getServletRegistrations().values()) {
            for (String mapping : servlet.getMappings()) {
                if (matches(mapping, path)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a servlet mapping (Servlet 6.0, 12.2) other than the default one ({@code /}) takes the path. */
    static boolean matches(String mapping, String path) {
        if (mapping.isEmpty() || mapping.equals("/")) {
            return false;
        }
        if (mapping.endsWith("/*")) {
            String prefix = mapping.substring(0, mapping.length() - 2);
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
        if (mapping.startsWith("*.")) {
            return path.endsWith(mapping.substring(1));
        }
        return mapping.equals(path);
    }

    private static boolean isMissing(HttpServletRequest request, String path) {
        try {
            if (path.endsWith("/")) {
                return request.getServletContext().getResource(path + "index.html") == null;
            }
            // A folder without its slash (/inbox) is redirected to it by the file servlet.
            return request.getServletContext().getResource(path) == null
                    && request.getServletContext().getResource(path + "/index.html") == null;
        } catch (MalformedURLException notAPath) {
            return true;
        }
    }
}
