package dev.parley.application.conversation.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an image may wait to be shown in a message ({@code parley.upload.unused-ttl}) before it is deleted, and how
 * many are deleted in one transaction.
 *
 * @param keepFor how long an upload no message shows is kept (positive)
 * @param batchSize the most uploads deleted in one transaction (at least 1)
 */
public record UnusedUploadPolicy(Duration keepFor, int batchSize) {

    /** A day: a visitor who uploads and then walks away has long gone; one still typing has not. */
    public static final Duration DEFAULT_KEEP_FOR = Duration.ofHours(24);

    /** Enough to keep up with every upload limit, small enough for a short transaction. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    public UnusedUploadPolicy {
        Objects.requireNonNull(keepFor, "keep for");
        if (keepFor.isNegative() || keepFor.isZero() || batchSize < 1) {
            throw new IllegalArgumentException(
                    "Unused uploads are kept for a positive time, deleted at least 1 at a time");
        }
    }
}
