package dev.parley.application.conversation.port.in;

/**
 * How large an upload may be ({@code PARLEY_UPLOAD_MAX_BYTES}); a larger one is refused and not stored.
 *
 * @param maxBytes the largest upload accepted, in bytes (at least 1)
 */
public record UploadPolicy(long maxBytes) {

    /** The default limit: 5 MiB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public UploadPolicy {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("An upload limit allows at least one byte");
        }
    }
}
