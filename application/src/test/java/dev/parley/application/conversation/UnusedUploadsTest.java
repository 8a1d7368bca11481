package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.conversation.port.in.UnusedUploadPolicy;
import dev.parley.application.conversation.port.in.UploadImageCommand;
import dev.parley.application.conversation.port.in.UploadLimits;
import dev.parley.application.conversation.port.in.UploadPolicy;
import dev.parley.application.limits.Admissions;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadNotFoundException;
import dev.parley.domain.conversation.UploadOwner;
import dev.parley.domain.shared.VisitorId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnusedUploadsTest {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8
    };

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryConversations conversations = new InMemoryConversations();
    private final InMemoryUploads uploads = new InMemoryUploads(conversations);
    private final UploadService uploading = new UploadService(
            uploads,
            uploads,
            new UploadPolicy(1_000, 10_000),
            UploadLimits.defaults(),
            (limit, key, amount) -> {},
            clock);
    private final ConversationService chats = new ConversationService(
            conversations,
            conversations,
            conversations,
            conversations,
            new RecordedActivity(),
            SettingsFakes.DEFAULT_BEHAVIOUR,
            SettingsFakes.ALWAYS_OPEN,
            news -> {},
            clock,
            Admissions.unlimited(),
            WritingLimits.generous(),
            uploads,
            MessageTextPolicy.storable());
    private final VisitorId visitor = VisitorId.random();

    @Test
    void deletes_an_image_no_message_showed_once_it_is_older_than_the_policy_keeps_it() {
        UnusedUploadsService cleanup = cleanup(Duration.ofHours(24), 500);
        UploadId abandoned = upload();
        UploadId shown = upload();
        chats.send(new SendVisitorMessageCommand(
                visitor,
                "203.0.113.7",
                Optional.empty(),
                new ClientMessageId("c-1"),
                Optional.empty(),
                Optional.of(shown)));
        clock.advance(Duration.ofHours(23));
        UploadId recent = upload();

        clock.advance(Duration.ofHours(1));
        assertThat(cleanup.deleteUnused()).isZero();
        assertThat(uploads.count()).isEqualTo(3);

        clock.advance(Duration.ofSeconds(1));
        assertThat(cleanup.deleteUnused()).isEqualTo(1);
        assertThatThrownBy(() -> uploading.image(abandoned, UploadOwner.visitor(visitor)))
                .isInstanceOf(UploadNotFoundException.class);
        assertThat(uploading.image(shown, UploadOwner.visitor(visitor)).data()).isEqualTo(PNG);
        assertThat(uploading.image(recent, UploadOwner.visitor(visitor)).data()).isEqualTo(PNG);

        clock.advance(Duration.ofDays(30));
        assertThat(cleanup.deleteUnused()).isEqualTo(1);
        assertThat(cleanup.deleteUnused()).isZero();
        assertThat(uploading.image(shown, UploadOwner.visitor(visitor)).data()).isEqualTo(PNG);
        assertThat(uploads.count()).isEqualTo(1);
    }

    @Test
    void deletes_at_most_one_batch_at_a_time() {
        UnusedUploadsService cleanup = cleanup(Duration.ofMinutes(10), 2);
        for (int i = 0; i < 3; i++) {
            upload();
        }
        clock.advance(Duration.ofMinutes(11));

        assertThat(cleanup.deleteUnused()).isEqualTo(2);
        assertThat(uploads.count()).isEqualTo(1);
        assertThat(cleanup.deleteUnused()).isEqualTo(1);
        assertThat(uploads.count()).isZero();
    }

    private UnusedUploadsService cleanup(Duration keepFor, int batchSize) {
        return new UnusedUploadsService(uploads, new UnusedUploadPolicy(keepFor, batchSize), clock);
    }

    private UploadId upload() {
        return uploading
                .upload(new UploadImageCommand(UploadOwner.visitor(visitor), "image/png", PNG, "203.0.113.7"))
                .id();
    }
}
