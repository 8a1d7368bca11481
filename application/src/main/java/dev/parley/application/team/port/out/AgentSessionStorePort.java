package dev.parley.application.team.port.out;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AgentSession;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionTokenHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where agents' sessions are kept (the database, shared by every node). Driven by the team's session use cases. */
public interface AgentSessionStorePort {

    void create(AgentSession session);

    Optional<AgentSession> find(SessionTokenHash id);

    /** Records that the session was used at {@code lastSeenAt}. */
    void touch(SessionTokenHash id, Instant lastSeenAt);

    void delete(SessionTokenHash id);

    /**
     * Ends every session of the agent that has not ended yet, recording why.
     *
     * @return the sessions that ended now
     */
    List<SessionTokenHash> endAllOf(AgentId agent, SessionEnd reason);

    /**
     * Deletes every session last used at or before {@code idleBefore} or started at or before {@code startedBefore}
     * (a session expires at the instant its idle timeout or longest life has passed).
     *
     * @return the sessions deleted
     */
    List<AgentSession> deleteExpired(Instant idleBefore, Instant startedBefore);
}
