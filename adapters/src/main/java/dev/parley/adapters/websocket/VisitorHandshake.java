package dev.parley.adapters.websocket;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/** Passes the client's address from the visitor's handshake to the connection (see {@link ClientAddresses}). */
public class VisitorHandshake extends ServerEndpointConfig.Configurator {

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        ClientAddresses.capture(config);
    }
}
