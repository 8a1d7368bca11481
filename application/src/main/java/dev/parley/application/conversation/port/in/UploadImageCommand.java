package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.UploadOwner;
import java.util.Objects;

/**
 * A visitor or an agent uploads an image.
 *
 * @param owner who uploads it, as established by the transport
 * @param declaredMediaType the media type the client declared
 * @param data the bytes
 * @param clientAddress the address the upload came from, as the transport sees it (after trusted proxies)
 */
// The bytes pass through once, to be checked and stored; nothing compares or hashes the command.
@SuppressWarnings("ArrayRecordComponent")
public record UploadImageCommand(UploadOwner owner, String declaredMediaType, byte[] data, String clientAddress) {

    public UploadImageCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(clientAddress, "client address");
    }
}
