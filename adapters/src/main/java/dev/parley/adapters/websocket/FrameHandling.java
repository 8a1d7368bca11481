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
            connection.send(
                    new ServerFrames.ErrorFrame(refused.code(), refused.getMessage(), clientMessageId.orElse(null)));
        } catch (DomainException refused) {
            connection.send(
                    new ServerFrames.ErrorFrame(refused.code(), refused.getMessage(), clientMessageId.orElse(null)));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=websocket_frame_failed", failed);
            connection.send(new ServerFrames.ErrorFrame(
                    "internal_error",
                    "Parley could not handle this frame; nothing was stored. Send it again.",
                    clientMessageId.orElse(null)));
        }
    }
}
