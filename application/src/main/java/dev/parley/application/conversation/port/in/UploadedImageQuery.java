package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadOwner;

/** Driven by the REST adapter when a client shows an image. */
public interface UploadedImageQuery {

    /**
     * The image, for its uploader, for the visitor of a conversation that shows it, or for any agent when some
     * conversation shows it.
     *
     * @param viewer who asks, as established by the transport
     * @throws dev.parley.domain.conversation.UploadNotFoundException when there is no such upload or the viewer may
     *     not see it (alike)
     */
    UploadedImage image(UploadId id, UploadOwner viewer);
}
