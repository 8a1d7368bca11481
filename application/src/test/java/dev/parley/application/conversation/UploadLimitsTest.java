package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.UploadImageCommand;
import dev.parley.application.conversation.port.in.UploadLimits;
import dev.parley.application.conversation.port.in.UploadPolicy;
import dev.parley.application.conversation.port.in.UploadView;
import dev.parley.domain.conversation.UploadOwner;
import dev.parley.domain.conversation.UploadQuotaExceededException;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.shared.VisitorId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UploadLimitsTest {

    private static final String HOME = "203.0.113.7";
    private static final String OFFICE = "198.51.100.20";
    /** The start of a one-pixel PNG: the signature and the header chunk with its size (25 bytes). */
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8
    };

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryConversations conversations = new InMemoryConversations();
    private final InMemoryUploads uploads = new InMemoryUploads(conversations);
    private final VisitorId visitor = VisitorId.random();

    @Test
    void a_visitor_uploads_as_many_images_as_the_hour_allows_and_again_after_it() {
        UploadService service = service(limits(3, 1_000, 10_000, 100_000, 100_000));
        for (int i = 0; i < 3; i++) {
            upload(service, visitor, HOME, 25);
        }

        assertThatThrownBy(() -> upload(service, visitor, OFFICE, 25))
                .isInstanceOfSatisfying(RateLimitedException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("rate_limited");
                    assertThat(refused.limit()).isEqualTo(UploadLimits.PER_VISITOR);
                    assertThat(refused.retryAfter()).isEqualTo(Duration.ofHours(1));
                });
        assertThat(uploads.count()).isEqualTo(3);

        clock.advance(Duration.ofMinutes(59));
        assertThatThrownBy(() -> upload(service, visitor, HOME, 25)).isInstanceOf(RateLimitedException.class);
        clock.advance(Duration.ofMinutes(1));
        upload(service, visitor, HOME, 25);
        assertThat(uploads.count()).isEqualTo(4);
    }

    @Test
    void one_address_uploads_as_many_images_as_the_hour_allows_whoever_the_visitors_are() {
        UploadService service = service(limits(1_000, 4, 10_000, 100_000, 100_000));
        for (int i = 0; i < 4; i++) {
            upload(service, VisitorId.random(), OFFICE, 25);
        }

        assertThatThrownBy(() -> upload(service, VisitorId.random(), OFFICE, 25))
                .isInstanceOfSatisfying(
                        RateLimitedException.class,
                        refused -> assertThat(refused.limit()).isEqualTo(UploadLimits.PER_ADDRESS));
        assertThat(uploads.count()).isEqualTo(4);
        upload(service, VisitorId.random(), HOME, 25);
        clock.advance(Duration.ofHours(1));
        upload(service, VisitorId.random(), OFFICE, 25);
        assertThat(uploads.count()).isEqualTo(6);
    }

    @Test
    void a_visitor_uploads_as_many_bytes_as_the_hour_allows() {
        UploadService service = service(limits(1_000, 1_000, 100, 100_000, 100_000));
        upload(service, visitor, HOME, 50);
        upload(service, visitor, HOME, 50);

        assertThatThrownBy(() -> upload(service, visitor, HOME, 25))
                .isInstanceOfSatisfying(
                        RateLimitedException.class,
                        refused -> assertThat(refused.limit()).isEqualTo(UploadLimits.BYTES_PER_VISITOR));
        assertThat(uploads.storedBytes(UploadOwner.visitor(visitor))).isEqualTo(100);
        clock.advance(Duration.ofHours(1));
        upload(service, visitor, HOME, 25);
        assertThat(uploads.storedBytes(UploadOwner.visitor(visitor))).isEqualTo(125);
    }

    @Test
    void one_address_uploads_as_many_bytes_as_the_hour_allows() {
        UploadService service = service(limits(1_000, 1_000, 10_000, 100, 100_000));
        upload(service, VisitorId.random(), OFFICE, 60);
        upload(service, VisitorId.random(), OFFICE, 40);

        assertThatThrownBy(() -> upload(service, VisitorId.random(), OFFICE, 25))
                .isInstanceOfSatisfying(
                        RateLimitedException.class,
                        refused -> assertThat(refused.limit()).isEqualTo(UploadLimits.BYTES_PER_ADDRESS));
        assertThat(uploads.count()).isEqualTo(2);
        clock.advance(Duration.ofHours(1));
        upload(service, VisitorId.random(), OFFICE, 25);
        assertThat(uploads.count()).isEqualTo(3);
    }

    @Test
    void a_visitor_keeps_no_more_bytes_than_their_quota_and_an_unused_image_deleted_makes_room() {
        UploadService service = service(limits(3, 1_000, 10_000, 100_000, 100));
        upload(service, visitor, HOME, 50);
        upload(service, visitor, HOME, 50);

        assertThatThrownBy(() -> upload(service, visitor, HOME, 25))
                .isInstanceOfSatisfying(
                        UploadQuotaExceededException.class,
                        refused -> assertThat(refused.code()).isEqualTo("upload_quota_exceeded"));
        assertThat(uploads.storedBytes(UploadOwner.visitor(visitor))).isEqualTo(100);
        assertThat(uploads.count()).isEqualTo(2);

        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> upload(service, visitor, HOME, 25)).isInstanceOf(UploadQuotaExceededException.class);
        assertThat(uploads.deleteUnusedCreatedBefore(clock.instant(), 1)).isEqualTo(1);
        upload(service, visitor, HOME, 50);
        assertThat(uploads.storedBytes(UploadOwner.visitor(visitor))).isEqualTo(100);
    }

    @Test
    void a_refusal_for_the_quota_spends_none_of_the_hours_allowance() {
        UploadService service = service(limits(3, 1_000, 10_000, 100_000, 50));
        upload(service, visitor, HOME, 50);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> upload(service, visitor, HOME, 25))
                    .isInstanceOf(UploadQuotaExceededException.class);
        }
        uploads.deleteUnusedCreatedBefore(clock.instant().plusSeconds(1), 10);

        upload(service, visitor, HOME, 25);
        upload(service, visitor, HOME, 25);
        assertThat(uploads.count()).isEqualTo(2);
    }

    @Test
    void agents_are_not_held_to_the_visitors_limits() {
        UploadService service = service(limits(1, 1, 25, 25, 25));
        UploadOwner ada = UploadOwner.agent(AgentId.random());
        for (int i = 0; i < 3; i++) {
            service.upload(new UploadImageCommand(ada, "image/png", png(50), OFFICE));
        }

        assertThat(uploads.storedBytes(ada)).isEqualTo(150);
    }

    private UploadService service(UploadLimits limits) {
        return new UploadService(
                uploads, uploads, new UploadPolicy(1_000, 10_000), limits, new WindowedAdmissions(clock), clock);
    }

    private static UploadLimits limits(
            long perVisitor, long perAddress, long bytesPerVisitor, long bytesPerAddress, long maxStored) {
        return new UploadLimits(
                RateLimit.perHour(UploadLimits.PER_VISITOR, perVisitor),
                RateLimit.perHour(UploadLimits.PER_ADDRESS, perAddress),
                RateLimit.perHour(UploadLimits.BYTES_PER_VISITOR, bytesPerVisitor),
                RateLimit.perHour(UploadLimits.BYTES_PER_ADDRESS, bytesPerAddress),
                maxStored);
    }

    private static UploadView upload(UploadService service, VisitorId who, String address, int size) {
        return service.upload(new UploadImageCommand(UploadOwner.visitor(who), "image/png", png(size), address));
    }

    private static byte[] png(int size) {
        return Arrays.copyOf(PNG, size);
    }
}
