package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UploadTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final byte[] PNG = ImageSizeTest.png(64, 48);
    private static final byte[] JPEG = ImageSizeTest.jpeg(64, 48);
    private static final byte[] GIF87 = gif87();
    private static final byte[] GIF89 = ImageSizeTest.gif(64, 48);
    private static final byte[] WEBP = ImageSizeTest.webp("VP8 ", 64, 48);
    private final UploadOwner visitor = UploadOwner.visitor(VisitorId.random());

    @Test
    void accepts_each_image_type_by_its_signature() {
        assertThat(accept("image/png", PNG).type()).isEqualTo(ImageType.PNG);
        assertThat(accept("image/jpeg", JPEG).type()).isEqualTo(ImageType.JPEG);
        assertThat(accept("image/gif", GIF87).type()).isEqualTo(ImageType.GIF);
        assertThat(accept("image/gif", GIF89).type()).isEqualTo(ImageType.GIF);
        assertThat(accept("IMAGE/WEBP", WEBP).type()).isEqualTo(ImageType.WEBP);
    }

    @Test
    void records_size_owner_and_sha256() {
        Upload upload = accept("image/png", PNG);

        assertThat(upload.sizeBytes()).isEqualTo(PNG.length);
        assertThat(upload.uploadedBy(visitor)).isTrue();
        assertThat(upload.uploadedBy(UploadOwner.agent(AgentId.random()))).isFalse();
        assertThat(upload.sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(upload.ref()).isEqualTo(new ImageRef(upload.id(), ImageType.PNG));
    }

    @Test
    void refuses_bytes_that_are_not_the_declared_image() {
        assertThatThrownBy(() -> accept("image/png", JPEG)).isInstanceOf(NotAnImageException.class);
        assertThatThrownBy(() -> accept("image/jpeg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotAnImageException.class);
        assertThatThrownBy(() -> accept("image/webp", "RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(NotAnImageException.class);
        assertThatThrownBy(() -> accept("image/gif", "GIF8".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(NotAnImageException.class);
        assertThatThrownBy(() -> accept("image/svg+xml", PNG)).isInstanceOf(NotAnImageException.class);
        assertThatThrownBy(() -> accept(null, PNG)).isInstanceOf(NotAnImageException.class);
    }

    @Test
    void takes_the_limit_and_refuses_one_byte_more() {
        byte[] atLimit = Arrays.copyOf(PNG, 64);

        assertThat(Upload.accept(UploadId.random(), visitor, "image/png", atLimit, 64, 10_000, NOW)
                        .sizeBytes())
                .isEqualTo(64);
        assertThatThrownBy(() ->
                        Upload.accept(UploadId.random(), visitor, "image/png", Arrays.copyOf(PNG, 65), 64, 10_000, NOW))
                .isInstanceOf(UploadTooLargeException.class);
    }

    @Test
    void takes_the_pixel_limit_and_refuses_one_pixel_more_however_few_the_bytes() {
        assertThat(Upload.accept(
                                UploadId.random(), visitor, "image/png", ImageSizeTest.png(100, 100), 1024, 10_000, NOW)
                        .type())
                .isEqualTo(ImageType.PNG);
        assertThatThrownBy(() -> Upload.accept(
                        UploadId.random(), visitor, "image/png", ImageSizeTest.png(10_001, 1), 1024, 10_000, NOW))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessageContaining("10001 × 1");
        assertThatThrownBy(() -> Upload.accept(
                        UploadId.random(),
                        visitor,
                        "image/gif",
                        ImageSizeTest.gif(65_535, 65_535),
                        1024,
                        40_000_000,
                        NOW))
                .isInstanceOf(ImageTooLargeException.class);
    }

    @Test
    void refuses_an_image_whose_header_does_not_say_its_size() {
        byte[] signatureOnly = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        assertThatThrownBy(() -> accept("image/png", signatureOnly)).isInstanceOf(NotAnImageException.class);
    }

    private static byte[] gif87() {
        byte[] gif = ImageSizeTest.gif(64, 48);
        gif[4] = '7';
        return gif;
    }

    @Test
    void reads_media_types_with_parameters() {
        assertThat(ImageType.ofMediaType("image/png; charset=binary")).contains(ImageType.PNG);
        assertThat(ImageType.ofMediaType("text/plain")).isEqualTo(Optional.empty());
    }

    @Test
    void an_id_that_is_not_one_is_not_found() {
        assertThatThrownBy(() -> UploadId.parse("../etc/passwd")).isInstanceOf(UploadNotFoundException.class);
    }

    private Upload accept(String mediaType, byte[] data) {
        return Upload.accept(UploadId.random(), visitor, mediaType, data, 1024, 10_000, NOW);
    }
}
