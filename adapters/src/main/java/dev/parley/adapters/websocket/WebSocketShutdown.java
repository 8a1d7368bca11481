package dev.parley.adapters.websocket;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Closes every WebSocket with 1001 {@code going_away} as soon as the web application starts stopping, before its
 * executor, its beans and the database go away (see {@link ConnectionRegistry#shutdown()}).
 */
@WebListener
public class WebSocketShutdown implements ServletContextListener {

    private ConnectionRegistry registry;

    /** Injected through a method: the servlet container creates listeners through their public no-arg constructor. */
    @Inject
    void use(ConnectionRegistry connections) {
        this.registry = connections;
    }

    @Override
    public void contextDestroyed(ServletContextEvent stopping) {
        registry.shutdown();
    }
}
