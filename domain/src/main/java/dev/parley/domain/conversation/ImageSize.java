package dev.parley.domain.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How many pixels wide and high an image is, as its own header says, read without decoding the image. An image whose
 * header cannot be read is no image Parley takes.
 *
 * @param width pixels across, at least 1
 * @param height pixels down, at least 1
 */
public record ImageSize(long width, long height) {

    public ImageSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("An image is at least one pixel wide and high");
        }
    }

    /** Width times height (at most {@link Long#MAX_VALUE}: a header may claim any size). */
    public long pixels() {
        return width > Long.MAX_VALUE / height ? Long.MAX_VALUE : width * height;
    }

    /** The size an image of {@code type} declares in its header, if the header is there and well formed. */
    public static Optional<ImageSize> of(ImageType type, byte[] data) {
        return switch (type) {
            case PNG -> png(data);
            case GIF -> sized(u16le(data, 6), u16le(data, 8));
            case JPEG -> jpeg(data);
            case WEBP -> webp(data);
        };
    }

    /** The IHDR chunk comes first: its width and height follow the signature, the length and the chunk type. */
    private static Optional<ImageSize> png(byte[] data) {
        boolean ihdr = data.length >= 24 && data[12] == 'I' && data[13] == 'H' && data[14] == 'D' && data[15] == 'R';
        return ihdr ? sized(u32be(data, 16), u32be(data, 20)) : Optional.empty();
    }

    /** The first start-of-frame segment (SOF0 to SOF15, but DHT, JPG and DAC) holds the height and the width. */
    private static Optional<ImageSize> jpeg(byte[] data) {
        int at = 2;
        while (at + 3 < data.length) {
            if ((data[at] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = data[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                at += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return Optional.empty();
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                return sized(u16be(data, at + 7), u16be(data, at + 5));
            }
            long length = u16be(data, at + 2);
            if (length < 2) {
                return Optional.empty();
            }
            at += 2 + (int) length;
        }
        return Optional.empty();
    }

    /** Lossy (VP8), lossless (VP8L) and extended (VP8X) WebP each keep the size in their first chunk. */
    private static Optional<ImageSize> webp(byte[] data) {
        if (data.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(data, 12, 4, StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8 " ->
                (data[23] & 0xFF) == 0x9D && (data[24] & 0xFF) == 0x01 && (data[25] & 0xFF) == 0x2A
                        ? sized(u16le(data, 26) & 0x3FFF, u16le(data, 28) & 0x3FFF)
                        : Optional.empty();
            case "VP8L" -> {
                if ((data[20] & 0xFF) != 0x2F) {
                    yield Optional.empty();
                }
                long bits = u32le(data, 21);
                yield sized((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
            }
            case "VP8X" -> sized(u24le(data, 24) + 1, u24le(data, 27) + 1);
            default -> Optional.empty();
        };
    }

    private static Optional<ImageSize> sized(long width, long height) {
        return width >= 1 && height >= 1 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }

    private static long u16be(byte[] d, int at) {
        return at + 1 < d.length ? ((d[at] & 0xFFL) << 8) | (d[at + 1] & 0xFFL) : -1;
    }

    private static long u16le(byte[] d, int at) {
        return at + 1 < d.length ? (d[at] & 0xFFL) | ((d[at + 1] & 0xFFL) << 8) : -1;
    }

    private static long u24le(byte[] d, int at) {
        return at + 2 < d.length ? (d[at] & 0xFFL) | ((d[at + 1] & 0xFFL) << 8) | ((d[at + 2] & 0xFFL) << 16) : -1;
    }

    private static long u32be(byte[] d, int at) {
        return at + 3 < d.length
                ? ((d[at] & 0xFFL) << 24)
                        | ((d[at + 1] & 0xFFL) << 16)
                        | ((d[at + 2] & 0xFFL) << 8)
                        | (d[at + 3] & 0xFFL)
                : -1;
    }

    private static long u32le(byte[] d, int at) {
        return at + 3 < d.length ? u16le(d, at) | (u16le(d, at + 2) << 16) : -1;
    }
}
