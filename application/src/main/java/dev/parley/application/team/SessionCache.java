package dev.parley.application.team;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AgentSession;
import dev.parley.domain.team.SessionTokenHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sessions this node read from the database lately, so that a busy inbox does not read its session on every
 * request. Bounded (the least recently used go first) and short-lived: an entry is trusted for {@code cacheFor}
 * only, the time another node's change may take to be seen here. Changes made on this node replace or drop their
 * entries at once. It is never the truth: an empty cache (a restart, another node) reads the database.
 */
final class SessionCache {

    /** Far more signed-in sessions than a team has at once; beyond it, the least recently used are read again. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(AgentSession session, Instant readAt) {}

    private final Duration cacheFor;
    private final Map<SessionTokenHash, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionTokenHash, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    SessionCache(Duration cacheFor) {
        this.cacheFor = cacheFor;
    }

    synchronized Optional<AgentSession> get(SessionTokenHash id, Instant now) {
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.readAt().plus(cacheFor))) {
            entries.remove(id);
            return Optional.empty();
        }
        return Optional.of(entry.session());
    }

    synchronized void put(AgentSession session, Instant readAt) {
        if (!cacheFor.isZero()) {
            entries.put(session.id(), new Entry(session, readAt));
        }
    }

    /** Keeps a changed session's new state without counting it as freshly read. */
    synchronized void replace(AgentSession session) {
        entries.computeIfPresent(session.id(), (id, entry) -> new Entry(session, entry.readAt()));
    }

    synchronized void forget(Collection<SessionTokenHash> ids) {
        ids.forEach(entries::remove);
    }

    synchronized void forgetAgent(AgentId agent) {
        entries.values().removeIf(entry -> entry.session().agent().equals(agent));
    }

    synchronized int size() {
        return entries.size();
    }
}
