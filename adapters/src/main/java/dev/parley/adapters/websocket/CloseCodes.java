package dev.parley.adapters.websocket;

import jakarta.websocket.CloseReason;

/**
 * The close codes Parley's WebSockets close with (RFC 6455 §7.4; see {@code docs/protocol.md}). A close frame never
 * carries 1005, 1006 or 1015: those only describe a connection that ended without one. The reason phrase is the
 * code's name, which clients may show or log.
 */
public final class CloseCodes {

    /** The conversation is over as far as this connection goes; nothing for the client to do. */
    public static final int NORMAL = 1000;
    /** The server is shutting down; the client reconnects after a pause and resumes. */
    public static final int GOING_AWAY = 1001;
    /** A frame was over the size limit. */
    public static final int TOO_BIG = 1009;
    /** The agent's HTTP session ended: signed out, expired, password or role changed. */
    public static final int SIGNED_OUT = 4001;
    /** The agent was removed from the team. */
    public static final int REMOVED = 4002;
    /** The handshake carried no valid agent session. */
    public static final int NOT_SIGNED_IN = 4003;
    /** A connection cap was reached; the new connection is refused, the open ones stay. The client backs off. */
    public static final int TOO_MANY_CONNECTIONS = 4008;
    /** The connection's send queue went over its bound; the client reconnects and resumes from its sequence numbers. */
    public static final int TOO_SLOW = 4009;
    /** No frame arrived within the idle timeout; the client reconnects. */
    public static final int IDLE = 4010;
    /** Reserved: the conversation's history changed under the client, which reloads it. */
    public static final int RELOAD = 4011;

    private CloseCodes() {}

    /** The close reason for one of the codes above, its name as the reason phrase. */
    public static CloseReason reason(int code) {
        return new CloseReason(CloseReason.CloseCodes.getCloseCode(code), name(code));
    }

    /** The name of one of the codes above, e.g. {@code too_slow} for 4009. */
    public static String name(int code) {
        return switch (code) {
            case NORMAL -> "normal";
            case GOING_AWAY -> "going_away";
            case TOO_BIG -> "too_big";
            case SIGNED_OUT -> "signed_out";
            case REMOVED -> "removed";
            case NOT_SIGNED_IN -> "not_signed_in";
            case TOO_MANY_CONNECTIONS -> "too_many_connections";
            case TOO_SLOW -> "too_slow";
            case IDLE -> "idle";
            case RELOAD -> "reload";
            default -> throw new IllegalArgumentException("Parley does not close with " + code);
        };
    }
}
