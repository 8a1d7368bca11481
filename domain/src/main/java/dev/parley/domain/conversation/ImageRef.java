package dev.parley.domain.conversation;

import java.util.Objects;

/**
 * The image a message shows: an upload, by id, and what kind of image it is.
 *
 * @param upload the uploaded image
 * @param type its kind, which gives its media type
 */
public record ImageRef(UploadId upload, ImageType type) {

    public ImageRef {
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(type, "image type");
    }

    /** Whether this refers to the same upload as {@code other}. */
    public boolean sameUploadAs(ImageRef other) {
        return upload.equals(other.upload);
    }
}
