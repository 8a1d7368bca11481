package dev.parley.application.team.port.in;

import dev.parley.domain.team.SessionTokenHash;
import java.util.Collection;
import java.util.Set;

/** Which of some agent sessions no longer sign anyone in: ended, expired or gone (read from the database). */
public interface LiveSessionsQuery {

    /** The sessions among these that are no longer live. */
    Set<SessionTokenHash> endedAmong(Collection<SessionTokenHash> sessions);
}
