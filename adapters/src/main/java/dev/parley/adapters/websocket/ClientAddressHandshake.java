package dev.parley.adapters.websocket;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/** Passes the client's address to an endpoint that needs nothing else from its handshake ({@link ClientAddresses}). */
public class ClientAddressHandshake extends ServerEndpointConfig.Configurator {

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        ClientAddresses.capture(config);
    }
}
