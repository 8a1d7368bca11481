package dev.parley.domain.conversation;

import dev.parley.domain.shared.DomainException;

/** An image has more pixels than Parley takes, however few bytes it has (a decompression bomb, say). */
public class ImageTooLargeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ImageTooLargeException(ImageSize size, long maxPixels) {
        super(
                "image_too_many_pixels",
                "An image can have at most " + maxPixels + " pixels; this one is " + size.width() + " × "
                        + size.height() + ".");
    }
}
