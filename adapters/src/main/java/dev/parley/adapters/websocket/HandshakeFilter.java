package dev.parley.adapters.websocket;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Checks a WebSocket handshake (RFC 6455 §4.2.1) before the server's own upgrade code sees it, and refuses a malformed
 * one with a short problem document: 400 {@code malformed_handshake} without a GET, an {@code Upgrade: websocket},
 * a {@code Connection: Upgrade} or a {@code Sec-WebSocket-Key} of 16 bytes in base64, and 426 with
 * {@code Sec-WebSocket-Version: 13} for another version. The server's upgrade code answers such requests with an
 * exception and an incident report in the logs; a refusal here writes neither. It also holds the client's address for
 * the handshake (see {@link ClientAddresses}), and keeps the server's upgrade code from creating an HTTP session for
 * every socket (Liberty asks for one on every handshake; Parley's sockets never use it, and each one held about 1 KB
 * of heap for half an hour).
 */
@WebFilter(urlPatterns = {HandshakeOriginFilter.VISITOR_PATH, HandshakeOriginFilter.AGENT_PATH})
public class HandshakeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HandshakeFilter.class.getName());
    private static final int KEY_BYTES = 16;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String problem = problem(request);
        if (problem != null) {
            LOG.fine(
                    () -> "event=websocket_handshake_refused code=malformed_handshake path=" + request.getRequestURI());
            boolean version = problem.startsWith("Sec-WebSocket-Version");
            response.setStatus(version ? 426 : HttpServletResponse.SC_BAD_REQUEST);
            if (version) {
                response.setHeader("Sec-WebSocket-Version", "13");
            }
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"urn:parley:problem:malformed_handshake\",\"title\":\"Bad Request\",\"status\":"
                            + (version ? 426 : 400) + ",\"detail\":\"" + problem
                            + "\",\"code\":\"malformed_handshake\"}");
            return;
        }
        ClientAddresses.handshaking(request.getRemoteAddr());
        try {
            chain.doFilter(new WithoutNewHttpSession(request), response);
        } finally {
            ClientAddresses.handshakeDone();
        }
    }

    /** A handshake that may read an HTTP session the client already has but never creates one. */
    static final class WithoutNewHttpSession extends HttpServletRequestWrapper {

        WithoutNewHttpSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return super.getSession(false);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return super.getSession(false);
        }
    }

    /** What is wrong with the handshake, in a sentence without quotes; {@code null} when nothing is. */
    static String problem(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "A WebSocket handshake is a GET request.";
        }
        if (!hasToken(request.getHeader("Upgrade"), "websocket")) {
            return "A WebSocket handshake carries Upgrade: websocket.";
        }
        if (!hasToken(request.getHeader("Connection"), "upgrade")) {
            return "A WebSocket handshake carries Connection: Upgrade.";
        }
        if (!"13".equals(strip(request.getHeader("Sec-WebSocket-Version")))) {
            return "Sec-WebSocket-Version must be 13.";
        }
        if (!isKey(request.getHeader("Sec-WebSocket-Key"))) {
            return "Sec-WebSocket-Key must be 16 bytes in base64.";
        }
        return null;
    }

    private static boolean hasToken(String header, String token) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",", 16)) {
            if (part.strip().toLowerCase(Locale.ROOT).equals(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKey(String header) {
        String key = strip(header);
        if (key == null || key.length() != 24) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(key).length == KEY_BYTES;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static String strip(String header) {
        return header == null ? null : header.strip();
    }
}
