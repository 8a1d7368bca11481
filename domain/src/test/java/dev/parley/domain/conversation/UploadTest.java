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
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    private static final byte[] GIF87 = "GIF87a....".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a....".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
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

        assertThat(Upload.accept(UploadId.random(), visitor, "image/png", atLimit, 64, NOW).sizeBytes()).isEqualTo(64);
        assertThatThrownBy(() -> Upload.accept(UploadId.random(), visitor, "image/png", Arrays.copyOf(PNG, 65), 64,
                NOW)).isInstanceOf(UploadTooLargeException.class);
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
        return Upload.accept(UploadId.random(), visitor, mediaType, data, 1024, NOW);
    }
}
