package dev.parley.domain.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of image Parley accepts, each with its media type and the signature ("magic bytes") its files begin
 * with. A file is taken as an image of a type only when its bytes begin with that type's signature, whatever the
 * client declared.
 */
public enum ImageType {
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87A = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89A = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_MARK = {'W', 'E', 'B', 'P'};

    private final String mediaType;

    ImageType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type, such as {@code image/png}. */
    public String mediaType() {
        return mediaType;
    }

    /** The image type of a media type (case and parameters such as {@code ;charset} ignored), if Parley takes it. */
    public static Optional<ImageType> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.mediaType.equals(bare))
                .findFirst();
    }

    /** Whether {@code data} begins with this type's signature. */
    public boolean signs(byte[] data) {
        return switch (this) {
            case PNG -> startsWith(data, 0, PNG_SIGNATURE);
            case JPEG -> startsWith(data, 0, JPEG_SIGNATURE);
            case GIF -> startsWith(data, 0, GIF87A) || startsWith(data, 0, GIF89A);
            case WEBP -> startsWith(data, 0, RIFF) && startsWith(data, 8, WEBP_MARK);
        };
    }

    private static boolean startsWith(byte[] data, int offset, byte[] signature) {
        if (data.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (data[offset + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
