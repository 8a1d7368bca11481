package dev.parley.application.conversation.port.in;

import dev.parley.domain.shared.RateLimit;
import java.util.Objects;

/**
 * How much one visitor and one client address may upload: how many images and how many bytes within a window
 * ({@code parley.limit.<name>}), and how many bytes of images one visitor may keep stored
 * ({@code parley.upload.max-stored-bytes-per-visitor}). Agents, who are signed in and known, are not held back.
 *
 * @param perVisitor uploads per visitor, e.g. {@code uploads_per_visitor} 30/1h
 * @param perAddress uploads per client address
 * @param bytesPerVisitor bytes uploaded per visitor; each upload counts its size
 * @param bytesPerAddress bytes uploaded per client address
 * @param maxStoredBytesPerVisitor the most bytes of images one visitor keeps stored (at least 1)
 */
public record UploadLimits(
        RateLimit perVisitor,
        RateLimit perAddress,
        RateLimit bytesPerVisitor,
        RateLimit bytesPerAddress,
        long maxStoredBytesPerVisitor) {

    public static final String PER_VISITOR = "uploads_per_visitor";
    public static final String PER_ADDRESS = "uploads_per_address";
    public static final String BYTES_PER_VISITOR = "upload_bytes_per_visitor";
    public static final String BYTES_PER_ADDRESS = "upload_bytes_per_address";

    /** 30 images an hour: a visitor showing a damaged parcel sends a few, a script sends hundreds. */
    public static final String DEFAULT_PER_VISITOR = "30/1h";

    /** 300 images an hour from one address, which may be an office or a mobile carrier's NAT. */
    public static final String DEFAULT_PER_ADDRESS = "300/1h";

    /** 100 MiB an hour: twenty photos at the largest upload size. */
    public static final String DEFAULT_BYTES_PER_VISITOR = "104857600/1h";

    /** 512 MiB an hour from one address: five busy visitors at their own limit. */
    public static final String DEFAULT_BYTES_PER_ADDRESS = "536870912/1h";

    /** 200 MiB of stored images per visitor: forty photos at the largest upload size. */
    public static final long DEFAULT_MAX_STORED_BYTES_PER_VISITOR = 200L * 1024 * 1024;

    public UploadLimits {
        Objects.requireNonNull(perVisitor, "uploads per visitor");
        Objects.requireNonNull(perAddress, "uploads per address");
        Objects.requireNonNull(bytesPerVisitor, "upload bytes per visitor");
        Objects.requireNonNull(bytesPerAddress, "upload bytes per address");
        if (maxStoredBytesPerVisitor < 1) {
            throw new IllegalArgumentException("A visitor may keep at least one byte of images");
        }
    }

    /** The defaults, as a store with real traffic never meets them. */
    public static UploadLimits defaults() {
        return new UploadLimits(
                RateLimit.parse(PER_VISITOR, DEFAULT_PER_VISITOR),
                RateLimit.parse(PER_ADDRESS, DEFAULT_PER_ADDRESS),
                RateLimit.parse(BYTES_PER_VISITOR, DEFAULT_BYTES_PER_VISITOR),
                RateLimit.parse(BYTES_PER_ADDRESS, DEFAULT_BYTES_PER_ADDRESS),
                DEFAULT_MAX_STORED_BYTES_PER_VISITOR);
    }
}
