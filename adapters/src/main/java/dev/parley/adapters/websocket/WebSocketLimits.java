package dev.parley.adapters.websocket;

import dev.parley.domain.shared.RateLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable limits of the WebSocket endpoints (MicroProfile Config, e.g. {@code PARLEY_WS_MAX_FRAME_BYTES}).
 * The defaults are ones a real visitor or agent never reaches (many tabs, a long conversation caught up at once) and a
 * script reaches at once.
 */
@ApplicationScoped
public class WebSocketLimits {

    private int maxFrameBytes;
    private int idleTimeoutSeconds;
    private int sendQueueMaxFrames;
    private long sendQueueMaxBytes;
    private int maxConnectionsPerVisitor;
    private int maxConnectionsPerAgentSession;
    private int maxConnectionsPerAddress;
    private RateLimit typing;
    private RateLimit pings;

    @Inject
    public WebSocketLimits(
            @ConfigProperty(name = "parley.ws.max-frame-bytes", defaultValue = "65536") int maxFrameBytes,
            @ConfigProperty(name = "parley.ws.idle-timeout-seconds", defaultValue = "90") int idleTimeoutSeconds,
            @ConfigProperty(name = "parley.ws.send-queue-max-frames", defaultValue = "1000") int sendQueueMaxFrames,
            @ConfigProperty(name = "parley.ws.send-queue-max-bytes", defaultValue = "4194304") long sendQueueMaxBytes,
            @ConfigProperty(name = "parley.ws.max-connections-per-visitor", defaultValue = "20")
                    int maxConnectionsPerVisitor,
            @ConfigProperty(name = "parley.ws.max-connections-per-agent-session", defaultValue = "20")
                    int maxConnectionsPerAgentSession,
            @ConfigProperty(name = "parley.ws.max-connections-per-address", defaultValue = "500")
                    int maxConnectionsPerAddress,
            @ConfigProperty(name = "parley.limit.ws_typing_per_connection", defaultValue = "30/1m") String typing,
            @ConfigProperty(name = "parley.limit.ws_pings_per_connection", defaultValue = "30/1m") String pings) {
        this.maxFrameBytes = maxFrameBytes;
        this.idleTimeoutSeconds = idleTimeoutSeconds;
        this.sendQueueMaxFrames = atLeastOne("parley.ws.send-queue-max-frames", sendQueueMaxFrames);
        this.sendQueueMaxBytes = atLeastOne("parley.ws.send-queue-max-bytes", sendQueueMaxBytes);
        this.maxConnectionsPerVisitor = atLeastOne("parley.ws.max-connections-per-visitor", maxConnectionsPerVisitor);
        this.maxConnectionsPerAgentSession =
                atLeastOne("parley.ws.max-connections-per-agent-session", maxConnectionsPerAgentSession);
        this.maxConnectionsPerAddress = atLeastOne("parley.ws.max-connections-per-address", maxConnectionsPerAddress);
        this.typing = RateLimit.parse("ws_typing_per_connection", typing);
        this.pings = RateLimit.parse("ws_pings_per_connection", pings);
    }

    /** For CDI proxies only. */
    protected WebSocketLimits() {}

    /** The largest text frame accepted, in bytes. */
    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /** How long a connection may stay silent (clients ping every 25 s) before it is closed with 4010. */
    public long idleTimeoutMillis() {
        return idleTimeoutSeconds * 1000L;
    }

    /**
     * The bound of each connection's send queue: frames waiting to be written, their bytes, and (as many as the
     * frames) tasks waiting to prepare frames. Over it, the connection is closed with 4009 {@code too_slow}.
     */
    Connection.SendQueueBounds sendQueue() {
        return new Connection.SendQueueBounds(sendQueueMaxFrames, sendQueueMaxBytes, sendQueueMaxFrames);
    }

    /** How many sockets may be open at once per kind of key. */
    int maxConnections(ConnectionCaps.Kind kind) {
        return switch (kind) {
            case VISITOR -> maxConnectionsPerVisitor;
            case AGENT_SESSION -> maxConnectionsPerAgentSession;
            case ADDRESS -> maxConnectionsPerAddress;
        };
    }

    /** How many {@code typing} frames one connection may send; those over it are not passed on. */
    RateLimit typing() {
        return typing;
    }

    /** How many {@code ping} frames one connection may send; those over it are answered {@code rate_limited}. */
    RateLimit pings() {
        return pings;
    }

    private static <N extends Number> N atLeastOne(String key, N value) {
        if (value.longValue() < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, not " + value);
        }
        return value;
    }
}
