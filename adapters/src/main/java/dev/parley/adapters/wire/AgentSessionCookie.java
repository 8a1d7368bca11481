package dev.parley.adapters.wire;

import dev.parley.domain.team.SessionToken;
import java.util.Optional;

/**
 * The agent's session cookie, which both the REST API and the agent WebSocket handshake read: its name, how it is
 * set (never readable by scripts, never sent by other sites, {@code Secure} whenever the request came over HTTPS,
 * directly or through a trusted proxy) and how a {@code Cookie} header is read for it.
 */
public final class AgentSessionCookie {

    /** The cookie's name. */
    public static final String NAME = "PARLEY_SESSION";

    private AgentSessionCookie() {}

    /** The {@code Set-Cookie} value that gives the browser the session's token (a cookie for this browser session). */
    public static String set(SessionToken token, boolean secure) {
        return NAME + "=" + token.value() + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that makes the browser forget the cookie. */
    public static String clear(boolean secure) {
        return NAME + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    /**
     * The session token in {@code Cookie} header values, if one of them carries a cookie of this name with a token's
     * shape. When a browser sends two (a stale one for a narrower path), the first well-formed one counts.
     */
    public static Optional<SessionToken> token(Iterable<String> cookieHeaders) {
        for (String header : cookieHeaders) {
            if (header == null) {
                continue;
            }
            for (String pair : header.split(";", -1)) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).strip().equals(NAME)) {
                    Optional<SessionToken> token =
                            SessionToken.parse(pair.substring(equals + 1).strip());
                    if (token.isPresent()) {
                        return token;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
