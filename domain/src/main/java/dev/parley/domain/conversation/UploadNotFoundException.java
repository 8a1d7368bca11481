package dev.parley.domain.conversation;

import dev.parley.domain.shared.NotFoundException;

/**
 * No such upload, or not one the caller may see. Both cases answer alike, so that nobody learns which uploads exist.
 */
public class UploadNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UploadNotFoundException(Object id) {
        super("upload_not_found", "There is no upload " + id + ".");
    }
}
