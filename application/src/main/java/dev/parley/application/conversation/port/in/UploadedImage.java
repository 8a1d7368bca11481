package dev.parley.application.conversation.port.in;

import java.util.Objects;

/**
 * An upload with its bytes, for the one who may see it.
 *
 * @param upload what it is
 * @param data its bytes
 */
// The bytes pass through once, to be written out; nothing compares or hashes the record.
@SuppressWarnings("ArrayRecordComponent")
public record UploadedImage(UploadView upload, byte[] data) {

    public UploadedImage {
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(data, "data");
    }
}
