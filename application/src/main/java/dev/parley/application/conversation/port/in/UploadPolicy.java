package dev.parley.application.conversation.port.in;

/**
 * How large an upload may be ({@code PARLEY_UPLOAD_MAX_BYTES}, {@code PARLEY_UPLOAD_MAX_PIXELS}); a larger one is
 * refused and not stored.
 *
 * @param maxBytes the largest upload accepted, in bytes (at least 1)
 * @param maxPixels the most pixels (width times height) an image may have (at least 1)
 */
public record UploadPolicy(long maxBytes, long maxPixels) {

    /** The default limit: 5 MiB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    /** The default limit: 40 million pixels (a 8,000 × 5,000 photo). */
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    public UploadPolicy {
        if (maxBytes < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("An upload limit allows at least one byte and one pixel");
        }
    }
}
