package dev.parley.adapters.rest;

import dev.parley.application.conversation.port.in.UploadView;

/**
 * A stored upload.
 *
 * @param id the upload; a message shows it through its {@code imageId}
 * @param contentType its media type
 * @param size its size in bytes
 */
public record UploadResponse(String id, String contentType, long size) {

    static UploadResponse of(UploadView view) {
        return new UploadResponse(view.id().toString(), view.contentType(), view.size());
    }
}
