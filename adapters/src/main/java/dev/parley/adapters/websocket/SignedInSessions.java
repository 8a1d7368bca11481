package dev.parley.adapters.websocket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP sessions of this node in which an agent is signed in, by agent, so that removing an agent from the team
 * can end their sessions at once. Ending a session closes its WebSockets too (see {@link AgentSessionEndListener}).
 */
@ApplicationScoped
public class SignedInSessions {

    private static final Logger LOG = Logger.getLogger(SignedInSessions.class.getName());

    private final Map<String, Set<HttpSession>> byAgent = new ConcurrentHashMap<>();

    void signedIn(String agentId, HttpSession session) {
        byAgent.computeIfAbsent(agentId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void ended(String agentId, HttpSession session) {
        byAgent.computeIfPresent(agentId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** Ends every session of a removed agent, only after the transaction that removed them has committed. */
    void onAgentRemoved(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) WebSocketAgentSessions.AgentSessionsEnded removed) {
        Set<HttpSession> sessions = byAgent.remove(removed.agent().toString());
        if (sessions == null) {
            return;
        }
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
            } catch (IllegalStateException endedMeanwhile) {
                LOG.log(Level.FINE, "event=agent_session_already_ended agent=" + removed.agent(), endedMeanwhile);
            }
        }
        LOG.info(() -> "event=agent_sessions_ended agent=" + removed.agent() + " sessions=" + sessions.size());
    }
}
