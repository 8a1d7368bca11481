package dev.parley.domain.conversation;

import dev.parley.domain.shared.NotFoundException;

/** A message names an image that does not exist or that its sender did not upload. */
public class ImageNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ImageNotFoundException(Object id) {
        super("image_not_found", "There is no image " + id + " of yours; upload it first.");
    }
}
