package dev.parley.application.team.port.in;

import dev.parley.domain.team.SessionToken;
import java.util.Objects;

/**
 * A session just started (signing in) or rotated (after a password or role change): what the browser is given.
 *
 * @param token the session's secret, for the session cookie only; never logged
 * @param csrfToken what the session's state-changing requests repeat in a header
 */
public record IssuedSession(SessionToken token, String csrfToken) {

    public IssuedSession {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(csrfToken, "csrf token");
    }

    @Override
    public String toString() {
        return "IssuedSession[redacted]";
    }
}
