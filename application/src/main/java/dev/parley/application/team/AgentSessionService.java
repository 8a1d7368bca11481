package dev.parley.application.team;

import dev.parley.application.team.port.in.AgentSessionPolicy;
import dev.parley.application.team.port.in.AgentSessionQuery;
import dev.parley.application.team.port.in.AgentView;
import dev.parley.application.team.port.in.ForgetCachedSessionsUseCase;
import dev.parley.application.team.port.in.IssuedSession;
import dev.parley.application.team.port.in.LiveSessionsQuery;
import dev.parley.application.team.port.in.PurgeAgentSessionsUseCase;
import dev.parley.application.team.port.in.SessionCheck;
import dev.parley.application.team.port.in.SignOutUseCase;
import dev.parley.application.team.port.in.StartAgentSessionUseCase;
import dev.parley.application.team.port.out.AgentSessionStorePort;
import dev.parley.application.team.port.out.EndAgentSessionsPort;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentSession;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionLifetime;
import dev.parley.domain.team.SessionToken;
import dev.parley.domain.team.SessionTokenHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Agents' signed-in sessions, kept in the database: started on sign-in, checked on every request and handshake,
 * ended by signing out, by expiry, and by changes to the agent (a password or role change ends their other sessions
 * and rotates the current one; removal from the team ends them all). Every node reads the same sessions, so a
 * restart signs nobody out.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class AgentSessionService
        implements StartAgentSessionUseCase,
                AgentSessionQuery,
                SignOutUseCase,
                PurgeAgentSessionsUseCase,
                ForgetCachedSessionsUseCase,
                LiveSessionsQuery {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AgentSessionStorePort store;
    private EndAgentSessionsPort connections;
    private LoadAgentPort agents;
    private Clock clock;
    private SessionLifetime lifetime;
    private SessionCache cache;

    @Inject
    public AgentSessionService(
            AgentSessionStorePort store,
            EndAgentSessionsPort connections,
            LoadAgentPort agents,
            Clock clock,
            AgentSessionPolicy policy) {
        this.store = store;
        this.connections = connections;
        this.agents = agents;
        this.clock = clock;
        this.lifetime = policy.lifetime();
        this.cache = new SessionCache(policy.cacheFor());
    }

    /** For CDI proxies only. */
    protected AgentSessionService() {}

    @Override
    public IssuedSession start(AgentId agent) {
        SessionToken token = SessionToken.issue(RANDOM);
        String csrf = SessionToken.randomText(RANDOM);
        store.create(AgentSession.start(token.hash(), agent, csrf, clock.instant()));
        return new IssuedSession(token, csrf);
    }

    @Override
    public SessionCheck check(SessionToken token) {
        Instant now = clock.instant();
        SessionTokenHash id = token.hash();
        Optional<AgentSession> found = cache.get(id, now);
        if (found.isEmpty()) {
            found = store.find(id);
            found.ifPresent(session -> cache.put(session, now));
        }
        if (found.isEmpty() || found.get().isExpiredAt(now, lifetime)) {
            return new SessionCheck.Unknown();
        }
        AgentSession session = found.get();
        if (session.ended().isPresent()) {
            return new SessionCheck.Ended(session.ended().get());
        }
        Optional<Agent> agent = agents.findById(session.agent()).filter(Agent::isActive);
        if (agent.isEmpty()) {
            return new SessionCheck.Ended(SessionEnd.REMOVED);
        }
        if (session.needsTouchAt(now, lifetime)) {
            store.touch(id, now);
            cache.replace(session.touchedAt(now));
        }
        return new SessionCheck.SignedIn(view(agent.get()), session.csrfToken(), id);
    }

    @Override
    public void signOut(SessionToken token) {
        SessionTokenHash id = token.hash();
        Optional<AgentSession> session = store.find(id);
        store.delete(id);
        cache.forget(List.of(id));
        session.ifPresent(ended -> connections.ended(ended.agent(), List.of(id), SessionEnd.SIGNED_OUT));
    }

    @Override
    public int purgeExpired() {
        Instant now = clock.instant();
        List<AgentSession> purged =
                store.deleteExpired(now.minus(lifetime.idleTimeout()), now.minus(lifetime.maxAge()));
        cache.forget(purged.stream().map(AgentSession::id).toList());
        Map<AgentId, List<SessionTokenHash>> byAgent = purged.stream()
                .filter(session -> session.ended().isEmpty())
                .collect(Collectors.groupingBy(
                        AgentSession::agent, Collectors.mapping(AgentSession::id, Collectors.toList())));
        byAgent.forEach((agent, sessions) -> connections.ended(agent, sessions, SessionEnd.EXPIRED));
        return purged.size();
    }

    /**
     * After a change that asks the agent to prove themselves again (their password, their role): every other session
     * of theirs ends, and the current one goes on under a new token and CSRF token, so that a token seen before the
     * change is worth nothing after it.
     *
     * @param current the session the change was made in, if it is the agent's own; otherwise all their sessions end
     * @return the current session's new token, when it was the agent's own and live
     */
    public Optional<IssuedSession> endOthersAndRotate(
            AgentId agent, Optional<SessionToken> current, SessionEnd reason) {
        Optional<AgentSession> own = current.flatMap(token -> store.find(token.hash()))
                .filter(session -> session.agent().equals(agent))
                .filter(session -> session.isLiveAt(clock.instant(), lifetime));
        own.ifPresent(session -> store.delete(session.id()));
        endAll(agent, reason);
        return own.map(session -> {
            IssuedSession rotated = start(agent);
            cache.forget(List.of(session.id()));
            connections.rotated(session.id(), rotated.token().hash());
            return rotated;
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void forgetCached(AgentId agent, Collection<SessionTokenHash> sessions, boolean allOfAgent) {
        if (allOfAgent) {
            cache.forgetAgent(agent);
        } else {
            cache.forget(sessions);
        }
    }

    @Override
    public Set<SessionTokenHash> endedAmong(Collection<SessionTokenHash> sessions) {
        Instant now = clock.instant();
        Set<SessionTokenHash> ended = new HashSet<>();
        for (SessionTokenHash id : sessions) {
            if (store.find(id)
                    .filter(session -> session.isLiveAt(now, lifetime))
                    .isEmpty()) {
                ended.add(id);
            }
        }
        return ended;
    }

    /** Ends every session of the agent, recording why, and closes their connections. */
    public void endAll(AgentId agent, SessionEnd reason) {
        List<SessionTokenHash> ended = store.endAllOf(agent, reason);
        cache.forgetAgent(agent);
        connections.ended(agent, ended, reason);
    }

    private static AgentView view(Agent agent) {
        return new AgentView(agent.id(), agent.email().value(), agent.displayName(), agent.role(), agent.locale());
    }
}
