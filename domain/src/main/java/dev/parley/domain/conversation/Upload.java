package dev.parley.domain.conversation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An image a visitor or an agent uploaded, to show in a message of theirs. It is accepted only when its bytes really
 * are an image of the declared type, with a readable header, and it is no larger than the limits (bytes and pixels); it never changes afterwards. Who may see it:
 * its uploader, and the participants of a conversation one of whose messages shows it.
 *
 * @param id the upload
 * @param owner who uploaded it
 * @param type what kind of image it is
 * @param sizeBytes its size
 * @param sha256 the SHA-256 of its bytes, in lower-case hex
 * @param createdAt when it was uploaded
 */
public record Upload(UploadId id, UploadOwner owner, ImageType type, long sizeBytes, String sha256, Instant createdAt) {

    public Upload {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(createdAt, "created at");
        if (sizeBytes < 1) {
            throw new IllegalArgumentException("An upload holds at least one byte");
        }
    }

    /**
     * Accepts the bytes of an image.
     *
     * @param declaredMediaType the media type the uploader declared
     * @param maxBytes the largest upload accepted
     * @param maxPixels the most pixels (width times height) an image may have
     * @throws UploadTooLargeException when {@code data} is larger than {@code maxBytes}
     * @throws NotAnImageException when the declared type is not an image type Parley takes, the bytes are not an
     *     image of that type, or its header does not say its size
     * @throws ImageTooLargeException when the image has more than {@code maxPixels} pixels
     */
    public static Upload accept(
            UploadId id,
            UploadOwner owner,
            String declaredMediaType,
            byte[] data,
            long maxBytes,
            long maxPixels,
            Instant now) {
        Objects.requireNonNull(data, "data");
        if (data.length > maxBytes) {
            throw new UploadTooLargeException(maxBytes);
        }
        ImageType type = ImageType.ofMediaType(declaredMediaType)
                .filter(declared -> declared.signs(data))
                .orElseThrow(NotAnImageException::new);
        ImageSize size = ImageSize.of(type, data).orElseThrow(NotAnImageException::new);
        if (size.pixels() > maxPixels) {
            throw new ImageTooLargeException(size, maxPixels);
        }
        return new Upload(id, owner, type, data.length, sha256(data), now);
    }

    /** Whether {@code who} uploaded this. */
    public boolean uploadedBy(UploadOwner who) {
        return owner.equals(who);
    }

    /** This upload, as a message refers to it. */
    public ImageRef ref() {
        return new ImageRef(id, type);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }
}
