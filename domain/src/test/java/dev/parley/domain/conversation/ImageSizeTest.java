package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageSizeTest {

    /** The first bytes of a PNG of {@code width} × {@code height}: the signature and the IHDR chunk. */
    static byte[] png(int width, int height) {
        byte[] data = new byte[33];
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(head, 0, data, 0, head.length);
        be32(data, 16, width);
        be32(data, 20, height);
        return data;
    }

    static byte[] gif(int width, int height) {
        byte[] data = Arrays.copyOf("GIF89a".getBytes(StandardCharsets.US_ASCII), 13);
        data[6] = (byte) width;
        data[7] = (byte) (width >> 8);
        data[8] = (byte) height;
        data[9] = (byte) (height >> 8);
        return data;
    }

    /** A JPEG with an APP0 segment, then a baseline frame header (SOF0). */
    static byte[] jpeg(int width, int height) {
        byte[] data = new byte[2 + 18 + 19];
        byte[] start = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(start, 0, data, 0, start.length);
        int sof = 2 + 18;
        data[sof] = (byte) 0xFF;
        data[sof + 1] = (byte) 0xC0;
        data[sof + 3] = 17;
        data[sof + 4] = 8;
        data[sof + 5] = (byte) (height >> 8);
        data[sof + 6] = (byte) height;
        data[sof + 7] = (byte) (width >> 8);
        data[sof + 8] = (byte) width;
        return data;
    }

    static byte[] webp(String chunk, int width, int height) {
        byte[] data = Arrays.copyOf(("RIFF\0\0\0\0WEBP" + chunk).getBytes(StandardCharsets.ISO_8859_1), 32);
        switch (chunk) {
            case "VP8X" -> {
                le24(data, 24, width - 1);
                le24(data, 27, height - 1);
            }
            case "VP8 " -> {
                data[23] = (byte) 0x9D;
                data[24] = 0x01;
                data[25] = 0x2A;
                data[26] = (byte) width;
                data[27] = (byte) (width >> 8);
                data[28] = (byte) height;
                data[29] = (byte) (height >> 8);
            }
            default -> {
                data[20] = 0x2F;
                long bits = (width - 1) | ((long) (height - 1) << 14);
                data[21] = (byte) bits;
                data[22] = (byte) (bits >> 8);
                data[23] = (byte) (bits >> 16);
                data[24] = (byte) (bits >> 24);
            }
        }
        return data;
    }

    @Test
    void reads_the_size_every_image_type_declares() {
        assertThat(ImageSize.of(ImageType.PNG, png(640, 480))).contains(new ImageSize(640, 480));
        assertThat(ImageSize.of(ImageType.GIF, gif(300, 2))).contains(new ImageSize(300, 2));
        assertThat(ImageSize.of(ImageType.JPEG, jpeg(4000, 3000))).contains(new ImageSize(4000, 3000));
        assertThat(ImageSize.of(ImageType.WEBP, webp("VP8X", 1920, 1080))).contains(new ImageSize(1920, 1080));
        assertThat(ImageSize.of(ImageType.WEBP, webp("VP8 ", 800, 600))).contains(new ImageSize(800, 600));
        assertThat(ImageSize.of(ImageType.WEBP, webp("VP8L", 16384, 2))).contains(new ImageSize(16384, 2));
    }

    @Test
    void a_header_that_is_cut_short_or_empty_says_no_size() {
        assertThat(ImageSize.of(ImageType.PNG, Arrays.copyOf(png(1, 1), 20))).isEmpty();
        assertThat(ImageSize.of(ImageType.PNG, png(0, 10))).isEmpty();
        assertThat(ImageSize.of(ImageType.GIF, "GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ImageSize.of(ImageType.JPEG, Arrays.copyOf(jpeg(10, 10), 24)))
                .isEmpty();
        assertThat(ImageSize.of(ImageType.JPEG, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA}))
                .isEmpty();
        assertThat(ImageSize.of(ImageType.WEBP, Arrays.copyOf(webp("VP8 ", 10, 10), 26)))
                .isEmpty();
        assertThat(ImageSize.of(ImageType.WEBP, webp("ALPH", 10, 10))).isEmpty();
    }

    @Test
    void counts_pixels_without_overflow() {
        assertThat(new ImageSize(0xFFFF_FFFFL, 0xFFFF_FFFFL).pixels()).isPositive();
        assertThat(ImageSize.of(ImageType.PNG, png(-1, -1)).orElseThrow().pixels())
                .isGreaterThan(40_000_000L);
    }

    private static void be32(byte[] d, int at, int v) {
        d[at] = (byte) (v >> 24);
        d[at + 1] = (byte) (v >> 16);
        d[at + 2] = (byte) (v >> 8);
        d[at + 3] = (byte) v;
    }

    private static void le24(byte[] d, int at, int v) {
        d[at] = (byte) v;
        d[at + 1] = (byte) (v >> 8);
        d[at + 2] = (byte) (v >> 16);
    }
}
