package dev.parley.adapters.websocket;

import jakarta.websocket.CloseReason;

/**
 * The close codes Parley's WebSockets end with (see {@code docs/protocol.md}); the reason phrase is the code's name.
 * RFC 6455 reserves 1005, 1006 and 1015 for what a client observes: they are never sent.
 */
final class CloseCodes {

    /** 4001: the agent's session ended (signed out, expired, password or role changed): sign in again. */
    static final int SIGNED_OUT = 4001;
    /** 4002: the agent was removed from the team. */
    static final int REMOVED = 4002;
    /** 4003: the handshake came without a live agent session. */
    static final int NOT_SIGNED_IN = 4003;

    private CloseCodes() {}

    /** The close reason for a code, its phrase being the code's name. */
    static CloseReason reason(int code) {
        return new CloseReason(CloseReason.CloseCodes.getCloseCode(code), name(code));
    }

    private static String name(int code) {
        return switch (code) {
            case SIGNED_OUT -> "signed_out";
            case REMOVED -> "removed";
            case NOT_SIGNED_IN -> "not_signed_in";
            default -> throw new IllegalArgumentException("No close code " + code + " is Parley's");
        };
    }
}
