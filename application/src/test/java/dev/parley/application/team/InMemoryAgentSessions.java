package dev.parley.application.team;

import dev.parley.application.team.port.in.AgentSessionPolicy;
import dev.parley.application.team.port.out.AgentSessionStorePort;
import dev.parley.application.team.port.out.EndAgentSessionsPort;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AgentSession;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionLifetime;
import dev.parley.domain.team.SessionTokenHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sessions' table and the live connections, in memory: the store counts its reads (so that tests see what a
 * node's cache saves), the connections record what they were told.
 */
final class InMemoryAgentSessions implements AgentSessionStorePort, EndAgentSessionsPort {

    static final SessionLifetime LIFETIME = new SessionLifetime(Duration.ofHours(8), Duration.ofDays(7));

    private final Map<SessionTokenHash, AgentSession> rows = new LinkedHashMap<>();
    private final List<String> ends = new ArrayList<>();
    private final List<String> closedSessions = new ArrayList<>();
    private final List<String> rotations = new ArrayList<>();
    private int reads;
    private int touches;

    /** A session service on these sessions, the team's agents and a clock, caching sessions for ten seconds. */
    static AgentSessionService service(InMemoryAgentSessions sessions, LoadAgentPort agents, Clock clock) {
        return new AgentSessionService(
                sessions, sessions, agents, clock, new AgentSessionPolicy(LIFETIME, Duration.ofSeconds(10)));
    }

    @Override
    public void create(AgentSession session) {
        rows.put(session.id(), session);
    }

    @Override
    public Optional<AgentSession> find(SessionTokenHash id) {
        reads++;
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public void touch(SessionTokenHash id, Instant lastSeenAt) {
        touches++;
        rows.computeIfPresent(id, (key, session) -> session.touchedAt(lastSeenAt));
    }

    @Override
    public void delete(SessionTokenHash id) {
        rows.remove(id);
    }

    @Override
    public List<SessionTokenHash> endAllOf(AgentId agent, SessionEnd reason) {
        List<SessionTokenHash> ended = rows.values().stream()
                .filter(session ->
                        session.agent().equals(agent) && session.ended().isEmpty())
                .map(AgentSession::id)
                .toList();
        ended.forEach(id -> rows.computeIfPresent(id, (key, session) -> session.endedBecause(reason)));
        return ended;
    }

    @Override
    public List<AgentSession> deleteExpired(Instant idleBefore, Instant startedBefore) {
        List<AgentSession> expired = rows.values().stream()
                .filter(session -> !session.lastSeenAt().isAfter(idleBefore)
                        || !session.startedAt().isAfter(startedBefore))
                .toList();
        expired.forEach(session -> rows.remove(session.id()));
        return expired;
    }

    @Override
    public void ended(AgentId agent, Collection<SessionTokenHash> sessions, SessionEnd reason) {
        ends.add(agent + " " + reason.name().toLowerCase(Locale.ROOT));
        sessions.forEach(id -> closedSessions.add(id.value()));
    }

    @Override
    public void rotated(SessionTokenHash from, SessionTokenHash to) {
        rotations.add(from.value() + " -> " + to.value());
    }

    /** What the connections were told ended, as "agent reason", in order. */
    List<String> ends() {
        return ends;
    }

    /** The sessions whose connections were told to close, in order. */
    List<String> closedSessions() {
        return closedSessions;
    }

    /** The rotations the connections were told of, as "from -> to". */
    List<String> rotations() {
        return rotations;
    }

    Optional<AgentSession> row(SessionTokenHash id) {
        return Optional.ofNullable(rows.get(id));
    }

    int size() {
        return rows.size();
    }

    int reads() {
        return reads;
    }

    int touches() {
        return touches;
    }
}
