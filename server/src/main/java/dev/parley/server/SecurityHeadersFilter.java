package dev.parley.server;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The headers every answer of Parley's application carries, pages, API and widget files alike: no MIME sniffing, no
 * framing by other sites, no full URLs in {@code Referer} to other sites, and HSTS when the request arrived over
 * HTTPS (directly, or from a trusted proxy that said so: {@link HttpServletRequest#isSecure()}).
 *
 * <p>Parley's own pages (the inbox, the demo store, error pages) also get a strict Content-Security-Policy: scripts,
 * styles and connections from Parley's origin only, no inline script or style, no plugins, no {@code <base>}, and
 * framing by Parley's own pages only. The widget's files and the visitor's API get no CSP of their own: they run in
 * the store's pages, under the store's policy (docs/security.md says what a store adds). Cross-origin reads of the
 * visitor's API are untouched: CORS headers are the REST adapter's.
 *
 * <p>WebSocket handshakes ({@code /ws/...}) are left alone: their answer is a protocol switch, not a document.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR},
        asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The policy of Parley's own pages. */
    static final String PAGE_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "font-src 'self'",
            "media-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** One year: browsers keep to HTTPS for the site that long after an answer over HTTPS. */
    static final long DEFAULT_HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    /** The HSTS header's value, or null for none; read from the configuration in {@link #init()}. */
    private String hsts;

    private boolean configured;

    /** For the container: reads {@code PARLEY_HSTS_MAX_AGE_SECONDS} when it starts the filter. */
    public SecurityHeadersFilter() {}

    /** With a given HSTS max-age ({@code 0} for none), as the configuration would give it. */
    SecurityHeadersFilter(long hstsMaxAgeSeconds) {
        this.hsts = hstsHeader(hstsMaxAgeSeconds);
        this.configured = true;
    }

    @Override
    public void init() {
        if (!configured) {
            hsts = hstsHeader(ConfigProvider.getConfig()
                    .getOptionalValue("parley.hsts.max-age-seconds", Long.class)
                    .orElse(DEFAULT_HSTS_MAX_AGE_SECONDS));
        }
    }

    private static String hstsHeader(long maxAgeSeconds) {
        return maxAgeSeconds > 0 ? "max-age=" + maxAgeSeconds : null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/ws/")) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            if (hsts != null && request.isSecure()) {
                response.setHeader("Strict-Transport-Security", hsts);
            }
            if (isPage(path) || request.getDispatcherType() == DispatcherType.ERROR) {
                response.setHeader("Content-Security-Policy", PAGE_POLICY);
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether a path is one of Parley's own pages (or their files), rather than the API or the widget. */
    static boolean isPage(String path) {
        return path.isEmpty()
                || path.equals("/")
                || path.startsWith("/inbox")
                || path.startsWith("/demo")
                || path.startsWith("/chat")
                || path.startsWith("/error");
    }
}
