package dev.parley.application.conversation.port.in;

/** Driven by the REST adapter when a visitor or an agent uploads an image to show in a message. */
public interface UploadImageUseCase {

    /**
     * Stores the image and returns what it is.
     *
     * @throws dev.parley.domain.conversation.UploadTooLargeException when it is larger than the {@link UploadPolicy}
     *     allows
     * @throws dev.parley.domain.conversation.NotAnImageException when its bytes are not an image of the declared type
     */
    UploadView upload(UploadImageCommand command);
}
