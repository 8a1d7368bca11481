package dev.parley.domain.conversation;

import dev.parley.domain.shared.DomainException;

/** An upload is not a PNG, JPEG, GIF or WebP image, or not one of the type it was declared as. */
public class NotAnImageException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotAnImageException() {
        super(
                "not_an_image",
                "Upload a PNG, JPEG, GIF or WebP image, declared with its own media type"
                        + " (image/png, image/jpeg, image/gif or image/webp).");
    }
}
