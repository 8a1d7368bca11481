package dev.parley.adapters.websocket;

import dev.parley.adapters.wire.AgentSessionCookie;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;

/**
 * Passes the session token of the handshake's cookie to the agent endpoint, which checks it again as it opens (see
 * {@link AgentHandshakeFilter} for the refusal). Jakarta WebSocket 2.1 gives each handshake its own copy of the user
 * properties, so one agent's session never leaks into another's connection.
 */
public class AgentHandshake extends ServerEndpointConfig.Configurator {

    /** The user property the session token is passed under. */
    static final String SESSION_TOKEN_PROPERTY = "dev.parley.sessionToken";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        config.getUserProperties().remove(SESSION_TOKEN_PROPERTY);
        ClientAddresses.capture(config);
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            if ("cookie".equalsIgnoreCase(header.getKey())) {
                AgentSessionCookie.token(header.getValue())
                        .ifPresent(token -> config.getUserProperties().put(SESSION_TOKEN_PROPERTY, token));
            }
        }
    }
}
