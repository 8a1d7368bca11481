package dev.parley.adapters.websocket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configurable limits of the WebSocket endpoints (MicroProfile Config, e.g. {@code PARLEY_WS_MAX_FRAME_BYTES}). */
@ApplicationScoped
public class WebSocketLimits {

    private int maxFrameBytes;
    private int idleTimeoutSeconds;

    @Inject
    public WebSocketLimits(
            @ConfigProperty(name = "parley.ws.max-frame-bytes", defaultValue = "65536") int maxFrameBytes,
            @ConfigProperty(name = "parley.ws.idle-timeout-seconds", defaultValue = "90") int idleTimeoutSeconds) {
        this.maxFrameBytes = maxFrameBytes;
        this.idleTimeoutSeconds = idleTimeoutSeconds;
    }

    /** For CDI proxies only. */
    protected WebSocketLimits() {}

    /** The largest text frame accepted, in bytes. */
    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /** How long a connection may stay silent (clients ping every 25 s) before it is closed. */
    public long idleTimeoutMillis() {
        return idleTimeoutSeconds * 1000L;
    }
}
