package dev.parley.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketNotificationTest {

    private static final Instant OPENED = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final TicketNotification notification =
            TicketNotification.schedule(TicketId.random(), OPENED, Duration.ofMinutes(2));

    @Test
    void is_due_once_the_delay_has_passed() {
        assertThat(notification.dueAt()).isEqualTo(OPENED.plusSeconds(120));
        assertThat(notification.isDueAt(OPENED.plusSeconds(119))).isFalse();
        assertThat(notification.isDueAt(OPENED.plusSeconds(120))).isTrue();
        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.attempts()).isZero();
    }

    @Test
    void held_back_it_waits_without_an_attempt_and_is_no_longer_fresh() {
        assertThat(notification.isFresh()).isTrue();
        Instant windowEnds = OPENED.plusSeconds(600);

        notification.postpone(windowEnds);
        notification.postpone(OPENED.plusSeconds(300));

        assertThat(notification.nextAttemptAt()).as("never brought forward").isEqualTo(windowEnds);
        assertThat(notification.isDueAt(windowEnds.minusMillis(1))).isFalse();
        assertThat(notification.isDueAt(windowEnds)).isTrue();
        assertThat(notification.attempts()).isZero();
        assertThat(notification.isFresh()).isFalse();
    }

    @Test
    void a_claim_counts_an_attempt_and_keeps_other_workers_off() {
        Instant now = OPENED.plusSeconds(130);

        assertThat(notification.claim(now, LEASE)).isTrue();

        assertThat(notification.attempts()).isEqualTo(1);
        assertThat(notification.isDueAt(now)).isFalse();
        assertThat(notification.claim(now, LEASE)).isFalse();
        assertThat(notification.attempts()).isEqualTo(1);
        assertThat(notification.isDueAt(now.plus(LEASE))).isTrue();
    }

    @Test
    void a_notification_that_is_not_due_cannot_be_claimed() {
        assertThat(notification.claim(OPENED, LEASE)).isFalse();
        assertThat(notification.attempts()).isZero();
    }

    @Test
    void once_sent_it_is_never_due_again() {
        Instant now = OPENED.plusSeconds(130);
        notification.claim(now, LEASE);

        notification.sent(now.plusSeconds(1));

        assertThat(notification.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(notification.sentAt()).contains(now.plusSeconds(1));
        assertThat(notification.isDueAt(now.plus(Duration.ofDays(1)))).isFalse();
        assertThat(notification.claim(now.plus(Duration.ofDays(1)), LEASE)).isFalse();
        assertThatThrownBy(() -> notification.sent(now)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_failure_waits_as_the_schedule_says_and_gives_up_after_the_last_attempt() {
        Instant now = OPENED.plusSeconds(120);
        RetrySchedule retries = RetrySchedule.standard();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(notification.claim(now, LEASE)).as("attempt %d", attempt).isTrue();
            notification.failed("Connection refused", now, retries);
            assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(notification.nextAttemptAt())
                    .isEqualTo(now.plus(retries.waitAfter(attempt).orElseThrow()));
            now = notification.nextAttemptAt();
        }
        assertThat(notification.lastError()).contains("Connection refused");

        assertThat(notification.claim(now, LEASE)).isTrue();
        notification.failed("Connection refused", now, retries);

        assertThat(notification.attempts()).isEqualTo(6);
        assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(notification.isDueAt(now.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void keeps_a_long_failure_reason_short() {
        notification.claim(OPENED.plusSeconds(120), LEASE);

        notification.failed("x".repeat(2000), OPENED.plusSeconds(121), RetrySchedule.standard());

        assertThat(notification.lastError())
                .hasValueSatisfying(reason -> assertThat(reason).hasSize(500));
    }

    @Test
    void a_dropped_notification_is_never_sent() {
        notification.drop();

        assertThat(notification.status()).isEqualTo(NotificationStatus.DROPPED);
        assertThat(notification.isDueAt(OPENED.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> notification.sent(OPENED)).isInstanceOf(IllegalStateException.class);
    }
}
