package dev.parley.adapters.websocket;

import dev.parley.application.notification.port.out.VisitorPresencePort;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells whether a visitor has the chat open, from this node's connections: a visitor connected to another node of a
 * cluster counts as gone here, and then only their seen mark keeps them from an email about replies they read.
 */
@ApplicationScoped
class WebSocketVisitorPresence implements VisitorPresencePort {

    private ConnectionRegistry registry;

    @Inject
    WebSocketVisitorPresence(ConnectionRegistry registry) {
        this.registry = registry;
    }

    /** For CDI proxies only. */
    protected WebSocketVisitorPresence() {}

    @Override
    public boolean connected(VisitorId visitor) {
        return registry.visitorConnected(visitor.toString());
    }
}
