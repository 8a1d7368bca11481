package dev.parley.adapters.websocket;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** When an agent's HTTP session ends (signing out, or timing out), the WebSockets it opened close too. */
@WebListener
public class AgentSessionEndListener implements HttpSessionListener {

    private final ConnectionRegistry registry;

    @Inject
    public AgentSessionEndListener(ConnectionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        registry.sessionEnded(event.getSession().getId());
    }
}
