package dev.parley.application.conversation.port.in;

/**
 * Deletes the images that were uploaded but never shown in a message within the {@link UnusedUploadPolicy}'s time.
 * Driven by a background worker.
 */
public interface DeleteUnusedUploadsUseCase {

    /**
     * Deletes one batch of unused uploads older than the policy keeps them.
     *
     * @return how many were deleted; a full batch ({@link UnusedUploadPolicy#batchSize()}) means more may be left
     */
    int deleteUnused();
}
