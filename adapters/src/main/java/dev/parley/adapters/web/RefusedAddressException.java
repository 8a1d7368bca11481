package dev.parley.adapters.web;

import java.net.UnknownHostException;

/**
 * A host resolves to an address the outbound-request guard refuses. An {@link UnknownHostException}, so that the HTTP
 * client treats it as a host it cannot reach and connects nowhere.
 */
final class RefusedAddressException extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    private final String host;
    private final String why;

    RefusedAddressException(String host, String why) {
        super(host + " is refused: " + why);
        this.host = host;
        this.why = why;
    }

    String host() {
        return host;
    }

    /** Which kind of address it is, such as {@code loopback (127.0.0.0/8)}. */
    String why() {
        return why;
    }
}
