package dev.parley.adapters.websocket;

import jakarta.websocket.EndpointConfig;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The address a WebSocket client connected from, as the server saw the HTTP upgrade request: after Liberty's
 * trusted-proxy handling ({@code PARLEY_TRUSTED_PROXIES}), so what {@code HttpServletRequest.getRemoteAddr()} says.
 * Per-address limits and caps key on it.
 *
 * <p>Jakarta WebSocket gives a configurator no servlet request, so {@link ClientAddressFilter} holds the address for
 * the thread that runs the handshake, and the endpoint's configurator ({@link #capture}) copies it into the
 * connection's own user properties (a copy per handshake since Jakarta WebSocket 2.1), where {@link #of} reads it.
 */
public final class ClientAddresses {

    /** The user property the address is passed to the endpoint under. */
    static final String PROPERTY = "dev.parley.clientAddress";

    private static final ThreadLocal<String> HANDSHAKING = new ThreadLocal<>();

    private ClientAddresses() {}

    /**
     * The client's address for a connection whose handshake ran {@link #capture}.
     *
     * @throws IllegalStateException when the endpoint's configurator did not capture it (a wiring mistake)
     */
    public static String of(EndpointConfig config) {
        if (config.getUserProperties().get(PROPERTY) instanceof String address) {
            return address;
        }
        throw new IllegalStateException("The handshake captured no client address: the endpoint's configurator must"
                + " call ClientAddresses.capture and " + ClientAddressFilter.class.getSimpleName() + " must map it");
    }

    /** Called by an endpoint's configurator while it modifies the handshake: passes the address to the endpoint. */
    static void capture(ServerEndpointConfig config) {
        String address = HANDSHAKING.get();
        if (address == null) {
            config.getUserProperties().remove(PROPERTY);
        } else {
            config.getUserProperties().put(PROPERTY, address);
        }
    }

    /** Holds the client's address for the handshake running on this thread. */
    static void hold(String address) {
        HANDSHAKING.set(address);
    }

    /** Forgets the address held for this thread's handshake. */
    static void release() {
        HANDSHAKING.remove();
    }
}
