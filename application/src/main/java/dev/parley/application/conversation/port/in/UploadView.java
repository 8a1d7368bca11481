package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.UploadId;
import java.util.Objects;

/**
 * A stored upload as clients see it.
 *
 * @param id the upload
 * @param contentType its media type
 * @param size its size in bytes
 */
public record UploadView(UploadId id, String contentType, long size) {

    public UploadView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentType, "content type");
    }
}
