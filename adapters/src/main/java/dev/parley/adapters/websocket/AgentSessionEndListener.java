package dev.parley.adapters.websocket;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Follows the HTTP sessions in which agents sign in: when one ends (signing out, timing out, or the agent's removal
 * from the team), the WebSockets it opened close too.
 */
@WebListener
public class AgentSessionEndListener implements HttpSessionListener, HttpSessionAttributeListener {

    private final ConnectionRegistry registry;
    private final SignedInSessions sessions;

    @Inject
    public AgentSessionEndListener(ConnectionRegistry registry, SignedInSessions sessions) {
        this.registry = registry;
        this.sessions = sessions;
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (isAgent(event) && event.getValue() instanceof String agent) {
            sessions.signedIn(agent, event.getSession());
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        if (isAgent(event)) {
            if (event.getValue() instanceof String previous) {
                sessions.ended(previous, event.getSession());
            }
            if (event.getSession().getAttribute(event.getName()) instanceof String agent) {
                sessions.signedIn(agent, event.getSession());
            }
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (isAgent(event) && event.getValue() instanceof String agent) {
            sessions.ended(agent, event.getSession());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        registry.sessionEnded(event.getSession().getId());
    }

    private static boolean isAgent(HttpSessionBindingEvent event) {
        return AgentHandshake.SESSION_AGENT_ATTRIBUTE.equals(event.getName());
    }
}
