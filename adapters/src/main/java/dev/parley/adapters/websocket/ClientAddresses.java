package dev.parley.adapters.websocket;

import jakarta.websocket.EndpointConfig;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Optional;

/**
 * The client address of a WebSocket, as the handshake's HTTP request told it ({@code getRemoteAddr()}, after the
 * server's trusted-proxy handling). A handshake request exposes no address, so {@link HandshakeFilter} holds it for
 * the thread that runs the handshake and the endpoint's configurator copies it into the connection's user properties.
 */
public final class ClientAddresses {

    /** The user property the address is kept under. */
    static final String PROPERTY = "dev.parley.clientAddress";

    private static final ThreadLocal<String> HANDSHAKING = new ThreadLocal<>();

    private ClientAddresses() {}

    /** The client address of the connection; {@code unknown} when the handshake did not pass the filter. */
    public static String of(EndpointConfig config) {
        return known(config).orElse("unknown");
    }

    /** The client address of the connection, when the handshake passed the filter. */
    static Optional<String> known(EndpointConfig config) {
        return config.getUserProperties().get(PROPERTY) instanceof String address
                ? Optional.of(address)
                : Optional.empty();
    }

    /** Holds the address of the handshake this thread is running (the filter's part). */
    static void handshaking(String address) {
        HANDSHAKING.set(address);
    }

    /** The handshake on this thread is over. */
    static void handshakeDone() {
        HANDSHAKING.remove();
    }

    /** Copies the address of the handshake on this thread into its connection's properties (the configurator's part). */
    static void capture(ServerEndpointConfig config) {
        String address = HANDSHAKING.get();
        if (address == null) {
            config.getUserProperties().remove(PROPERTY);
        } else {
            config.getUserProperties().put(PROPERTY, address);
        }
    }
}
