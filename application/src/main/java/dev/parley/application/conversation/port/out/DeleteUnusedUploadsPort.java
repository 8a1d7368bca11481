package dev.parley.application.conversation.port.out;

import java.time.Instant;

/** Deletes uploads no message shows; driven by the clean-up of unused uploads. */
public interface DeleteUnusedUploadsPort {

    /**
     * Deletes, with their bytes, at most {@code atMost} uploads created before {@code cutoff} that no message shows. An
     * upload a message shows is never deleted, even when that message is written while this runs.
     *
     * @return how many were deleted
     */
    int deleteUnusedCreatedBefore(Instant cutoff, int atMost);
}
