package dev.parley.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapters.wire.ImageJson;
import dev.parley.domain.conversation.ImageNotFoundException;
import dev.parley.domain.conversation.ImageRef;
import dev.parley.domain.conversation.ImageType;
import dev.parley.domain.conversation.NotAnImageException;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadNotFoundException;
import dev.parley.domain.conversation.UploadQuotaExceededException;
import dev.parley.domain.conversation.UploadTooLargeException;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UploadRefusalsTest {

    @Test
    void maps_upload_refusals_to_their_statuses() {
        assertThat(DomainExceptionMapper.statusOf(new UploadTooLargeException(10)))
                .isEqualTo(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        assertThat(DomainExceptionMapper.statusOf(new UploadQuotaExceededException(10)))
                .isEqualTo(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        assertThat(DomainExceptionMapper.statusOf(new NotAnImageException()))
                .isEqualTo(Response.Status.UNSUPPORTED_MEDIA_TYPE);
        assertThat(DomainExceptionMapper.statusOf(new UploadNotFoundException("x")))
                .isEqualTo(Response.Status.NOT_FOUND);
        assertThat(DomainExceptionMapper.statusOf(new ImageNotFoundException("x")))
                .isEqualTo(Response.Status.NOT_FOUND);
    }

    @Test
    void an_image_points_at_its_bytes() {
        UploadId id = new UploadId(UUID.fromString("6f1c0000-0000-4000-8000-0000000000aa"));

        assertThat(ImageJson.of(new ImageRef(id, ImageType.JPEG)))
                .isEqualTo(new ImageJson(
                        id.toString(), "image/jpeg", "/api/v1/uploads/6f1c0000-0000-4000-8000-0000000000aa"));
    }
}
