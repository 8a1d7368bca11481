package dev.parley.adapters.websocket;

import dev.parley.adapters.websocket.protocol.FrameRefusedException;
import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.domain.shared.DomainException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the handling of one frame and turns a refusal into an error frame. A refusal changes nothing: the use cases
 * run in a transaction that rolls back on any exception.
 */
final class FrameHandling {

    private static final Logger LOG = Logger.getLogger(FrameHandling.class.getName());

    private FrameHandling() {}

    static void handle(Connection connection, Optional<String> clientMessageId, Runnable handling) {
        try {
            handling.run();
        } catch (FrameRefusedException refused) {
            if ("malformed_frame".equals(refused.code())) {
                LOG.info(() -> "event=websocket_frame_refused code=malformed_frame");
            }
            connection.send(
                    new ServerFrames.ErrorFrame(refused.code(), refused.getMessage(), clientMessageId.orElse(null)));
        } catch (DomainException refused) {
            connection.send(
                    new ServerFrames.ErrorFrame(refused.code(), refused.getMessage(), clientMessageId.orElse(null)));
        } catch (RuntimeException failed) {
            // A frame that was under way while its connection closed (or the application stopped) is not a fault.
            LOG.log(connection.live() ? Level.WARNING : Level.FINE, "event=websocket_frame_failed", failed);
            connection.send(new ServerFrames.ErrorFrame(
                    "internal_error",
                    "Parley could not handle this frame; nothing was stored. Send it again.",
                    clientMessageId.orElse(null)));
        }
    }
}
