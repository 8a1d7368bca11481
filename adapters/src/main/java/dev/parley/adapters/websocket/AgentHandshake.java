package dev.parley.adapters.websocket;

import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Passes the signed-in agent from the HTTP session to the agent endpoint. Jakarta WebSocket 2.1 gives each
 * handshake its own copy of the user properties, so one agent's id never leaks into another's connection.
 */
public class AgentHandshake extends ServerEndpointConfig.Configurator {

    /** The HTTP session attribute holding the signed-in agent's id, written by the REST sign-in. */
    static final String SESSION_AGENT_ATTRIBUTE = "dev.parley.agent";
    /** The user property the agent's id is passed under. */
    static final String AGENT_PROPERTY = "dev.parley.agent";
    /** The user property the HTTP session's id is passed under, so that signing out can close the socket. */
    static final String HTTP_SESSION_PROPERTY = "dev.parley.httpSession";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        config.getUserProperties().remove(AGENT_PROPERTY);
        config.getUserProperties().remove(HTTP_SESSION_PROPERTY);
        ClientAddresses.capture(config);
        if (request.getHttpSession() instanceof HttpSession session
                && session.getAttribute(SESSION_AGENT_ATTRIBUTE) instanceof String agent) {
            config.getUserProperties().put(AGENT_PROPERTY, agent);
            config.getUserProperties().put(HTTP_SESSION_PROPERTY, session.getId());
        }
    }
}
