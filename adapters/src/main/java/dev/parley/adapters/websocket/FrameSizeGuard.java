package dev.parley.adapters.websocket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes a connection with 1009 (message too big) when a text frame is over the configured size. The session's own
 * buffer limit ({@code setMaxTextMessageBufferSize}) is not enforced by every container, so the endpoint checks each
 * frame's size in UTF-8 itself before reading it.
 */
final class FrameSizeGuard {

    private static final Logger LOG = Logger.getLogger(FrameSizeGuard.class.getName());

    private FrameSizeGuard() {}

    /** Whether the frame is over {@code maxBytes} bytes in UTF-8. */
    static boolean tooBig(String text, int maxBytes) {
        if (text.length() > maxBytes) {
            return true;
        }
        if ((long) text.length() * 3 <= maxBytes) {
            return false;
        }
        return utf8Length(text) > maxBytes;
    }

    /** The length of a text in UTF-8, in bytes. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Closes the connection with 1009; nothing of the frame has been handled. */
    static void close(Session session, int maxBytes) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.TOO_BIG, "Frames are at most " + maxBytes + " bytes"));
        } catch (IOException alreadyGone) {
            LOG.log(Level.FINE, "event=websocket_close_failed session=" + session.getId(), alreadyGone);
        }
    }
}
