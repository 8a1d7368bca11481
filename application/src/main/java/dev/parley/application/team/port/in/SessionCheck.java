package dev.parley.application.team.port.in;

import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionTokenHash;
import java.util.Objects;

/** What a session token is worth now: a signed-in agent, a session that ended (and why), or nothing. */
public sealed interface SessionCheck {

    /**
     * The token signs an active agent in.
     *
     * @param agent who they are now (their role as it is now)
     * @param csrfToken what the session's state-changing requests must repeat
     * @param session the session, by the hash of its token: what its live connections are tied to
     */
    record SignedIn(AgentView agent, String csrfToken, SessionTokenHash session) implements SessionCheck {
        public SignedIn {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(csrfToken, "csrf token");
            Objects.requireNonNull(session, "session");
        }
    }

    /**
     * The session was ended, or its agent removed from the team: it signs nobody in.
     *
     * @param reason why
     */
    record Ended(SessionEnd reason) implements SessionCheck {
        public Ended {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** No such session: never was, signed out, or expired and forgotten. */
    record Unknown() implements SessionCheck {}
}
