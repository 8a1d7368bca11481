package dev.parley.application.conversation.port.in;

/** Driven by the REST adapter when a visitor or an agent uploads an image to show in a message. */
public interface UploadImageUseCase {

    /**
     * Stores the image and returns what it is.
     *
     * @throws dev.parley.domain.conversation.UploadTooLargeException when it is larger than the {@link UploadPolicy}
     *     allows
     * @throws dev.parley.domain.conversation.NotAnImageException when its bytes are not an image of the declared type
     * @throws dev.parley.domain.shared.RateLimitedException when a visitor or their address has uploaded as many
     *     images or bytes as the {@link UploadLimits} allow within their window; nothing is stored
     * @throws dev.parley.domain.conversation.UploadQuotaExceededException when a visitor's stored images would pass
     *     the bytes one visitor may keep; nothing is stored
     */
    UploadView upload(UploadImageCommand command);
}
