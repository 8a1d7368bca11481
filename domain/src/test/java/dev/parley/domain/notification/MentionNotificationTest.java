package dev.parley.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.note.NoteId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MentionNotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T16:40:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private final MentionNotification notification =
            MentionNotification.schedule(NoteId.random(), new AgentId(UUID.randomUUID()), NOW);

    @Test
    void is_due_at_once_and_a_claim_keeps_other_workers_off_it() {
        assertThat(notification.isDueAt(NOW)).isTrue();
        assertThat(notification.claim(NOW, LEASE)).isTrue();
        assertThat(notification.attempts()).isEqualTo(1);
        assertThat(notification.claim(NOW.plusSeconds(1), LEASE)).isFalse();
        assertThat(notification.isDueAt(NOW.plus(LEASE))).isTrue();
    }

    @Test
    void a_sent_one_is_final() {
        notification.claim(NOW, LEASE);
        notification.sent(NOW);
        assertThat(notification.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(notification.isDueAt(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(notification::drop).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_failure_waits_for_the_retry_and_the_last_one_gives_up() {
        RetrySchedule retries = new RetrySchedule(List.of(Duration.ofSeconds(30)), 2);
        notification.claim(NOW, LEASE);
        notification.failed("refused", NOW, retries);
        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(notification.lastError()).contains("refused");

        notification.claim(NOW.plusSeconds(30), LEASE);
        notification.failed("refused again", NOW.plusSeconds(30), retries);
        assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
    }

    @Test
    void a_dropped_one_is_never_due() {
        notification.drop();
        assertThat(notification.status()).isEqualTo(NotificationStatus.DROPPED);
        assertThat(notification.isDueAt(NOW)).isFalse();
    }
}
