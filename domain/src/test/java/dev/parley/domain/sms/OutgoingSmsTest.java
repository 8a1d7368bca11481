package dev.parley.domain.sms;

import static dev.parley.domain.sms.SmsDeliveryState.DELIVERED;
import static dev.parley.domain.sms.SmsDeliveryState.FAILED;
import static dev.parley.domain.sms.SmsDeliveryState.PENDING;
import static dev.parley.domain.sms.SmsDeliveryState.QUEUED;
import static dev.parley.domain.sms.SmsDeliveryState.SENT;
import static dev.parley.domain.sms.SmsDeliveryState.UNDELIVERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutgoingSmsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final PhoneNumber PHONE = PhoneNumber.parse("+48600100200");

    private static OutgoingSms queued() {
        return OutgoingSms.queue(ConversationId.random(), 1, PHONE, "Your parcel ships today.", NOW);
    }

    private static OutgoingSms claimed() {
        OutgoingSms sms = queued();
        sms.claim(NOW, LEASE);
        return sms;
    }

    @Test
    void a_queued_reply_is_pending_due_at_once_and_counts_its_segments() {
        OutgoingSms sms = OutgoingSms.queue(ConversationId.random(), 3, PHONE, "ą".repeat(71), NOW);

        assertThat(sms.state()).isEqualTo(PENDING);
        assertThat(sms.isDueAt(NOW)).isTrue();
        assertThat(sms.isDueAt(NOW.minusSeconds(1))).isFalse();
        assertThat(sms.attempts()).isZero();
        assertThat(sms.segments()).isEqualTo(2);
        assertThat(sms.providerId()).isEmpty();
        assertThat(sms.toString()).doesNotContain("600100200");
    }

    @Test
    void a_claim_counts_the_attempt_and_keeps_other_workers_away_for_the_lease() {
        OutgoingSms sms = claimed();

        assertThat(sms.attempts()).isEqualTo(1);
        assertThat(sms.isDueAt(NOW.plus(LEASE).minusSeconds(1))).isFalse();
        assertThat(sms.isDueAt(NOW.plus(LEASE))).isTrue();
    }

    @Test
    void every_order_of_sent_delivered_and_queued_callbacks_ends_delivered() {
        for (List<SmsDeliveryState> order : permutations(List.of(SENT, DELIVERED, QUEUED))) {
            OutgoingSms sms = claimed();
            sms.accepted("SM1", QUEUED, NOW.plusSeconds(1));
            order.forEach(state -> sms.reported(state, Optional.empty(), NOW.plusSeconds(2)));

            assertThat(sms.state()).as(order.toString()).isEqualTo(DELIVERED);
        }
    }

    @Test
    void the_api_answer_may_come_before_between_or_after_the_callbacks_and_the_later_state_is_kept() {
        List<SmsDeliveryState> callbacks = List.of(SENT, DELIVERED, QUEUED);
        for (List<SmsDeliveryState> order : permutations(callbacks)) {
            for (int answerAt = 0; answerAt <= order.size(); answerAt++) {
                OutgoingSms sms = claimed();
                for (int i = 0; i <= order.size(); i++) {
                    if (i == answerAt) {
                        sms.accepted("SM1", QUEUED, NOW.plusSeconds(1));
                    }
                    if (i < order.size()) {
                        sms.reported(order.get(i), Optional.empty(), NOW.plusSeconds(1));
                    }
                }
                assertThat(sms.state()).as(order + " answer at " + answerAt).isEqualTo(DELIVERED);
                assertThat(sms.providerId()).contains("SM1");
            }
        }
    }

    @Test
    void an_api_answer_after_a_callback_keeps_the_callbacks_later_state() {
        OutgoingSms sms = claimed();
        assertThat(sms.reported(SENT, Optional.empty(), NOW.plusSeconds(1))).isTrue();

        sms.accepted("SM9", QUEUED, NOW.plusSeconds(2));

        assertThat(sms.state()).isEqualTo(SENT);
        assertThat(sms.providerId()).contains("SM9");
        assertThat(sms.acceptedAt()).contains(NOW.plusSeconds(2));
    }

    @Test
    void an_answer_reporting_pending_counts_as_queued() {
        OutgoingSms sms = claimed();

        sms.accepted("SM1", PENDING, NOW);

        assertThat(sms.state()).isEqualTo(QUEUED);
    }

    @Test
    void a_repeated_or_late_callback_changes_nothing() {
        OutgoingSms sms = claimed();
        sms.accepted("SM1", QUEUED, NOW);
        assertThat(sms.reported(SENT, Optional.empty(), NOW.plusSeconds(1))).isTrue();

        assertThat(sms.reported(SENT, Optional.empty(), NOW.plusSeconds(2))).isFalse();
        assertThat(sms.reported(QUEUED, Optional.empty(), NOW.plusSeconds(3))).isFalse();
        assertThat(sms.state()).isEqualTo(SENT);
        assertThat(sms.updatedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void failed_is_final_whatever_comes_after_it() {
        for (List<SmsDeliveryState> order : permutations(List.of(SENT, DELIVERED, QUEUED))) {
            OutgoingSms sms = claimed();
            sms.accepted("SM1", QUEUED, NOW);
            assertThat(sms.reported(FAILED, Optional.of("30008"), NOW.plusSeconds(1)))
                    .isTrue();
            order.forEach(state -> assertThat(sms.reported(state, Optional.empty(), NOW.plusSeconds(2)))
                    .isFalse());

            assertThat(sms.state()).isEqualTo(FAILED);
            assertThat(sms.errorCode()).contains("30008");
        }
    }

    @Test
    void an_undelivered_callback_keeps_the_providers_code_in_words() {
        OutgoingSms sms = claimed();
        sms.accepted("SM1", QUEUED, NOW);

        sms.reported(UNDELIVERED, Optional.of("30003"), NOW.plusSeconds(5));

        assertThat(sms.state()).isEqualTo(UNDELIVERED);
        assertThat(sms.errorCode()).contains("30003");
        assertThat(sms.error()).contains("phone unreachable");
        assertThat(sms.reported(DELIVERED, Optional.empty(), NOW.plusSeconds(6)))
                .isFalse();
    }

    @Test
    void a_failed_attempt_is_tried_again_on_the_schedule() {
        RetrySchedule retries = RetrySchedule.standard();
        OutgoingSms sms = queued();
        List<Duration> waits = new ArrayList<>();
        Instant now = NOW;
        for (int attempt = 1; attempt < retries.maxAttempts(); attempt++) {
            sms.claim(now, LEASE);
            boolean gaveUp =
                    sms.failed(true, Optional.empty(), Optional.empty(), "the provider answered 503", now, retries);
            assertThat(gaveUp).isFalse();
            assertThat(sms.state()).isEqualTo(PENDING);
            waits.add(Duration.between(now, sms.nextAttemptAt()));
            now = sms.nextAttemptAt();
            assertThat(sms.isDueAt(now)).isTrue();
        }

        assertThat(waits)
                .containsExactly(
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(10),
                        Duration.ofHours(1),
                        Duration.ofHours(1));
        assertThat(sms.error()).contains("the provider answered 503");
    }

    @Test
    void a_failure_is_given_up_after_the_last_attempt() {
        RetrySchedule retries = RetrySchedule.every(Duration.ofSeconds(1));
        OutgoingSms sms = queued();
        Instant now = NOW;
        for (int attempt = 1; attempt < retries.maxAttempts(); attempt++) {
            sms.claim(now, LEASE);
            assertThat(sms.failed(true, Optional.empty(), Optional.empty(), "timeout", now, retries))
                    .isFalse();
            now = sms.nextAttemptAt();
        }
        sms.claim(now, LEASE);

        assertThat(sms.failed(true, Optional.empty(), Optional.empty(), "timeout", now, retries))
                .isTrue();
        assertThat(sms.state()).isEqualTo(FAILED);
        assertThat(sms.attempts()).isEqualTo(retries.maxAttempts());
        assertThat(sms.isDueAt(now.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> sms.claim(NOW, LEASE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_refusal_that_cannot_succeed_fails_at_once() {
        OutgoingSms sms = claimed();

        boolean gaveUp = sms.failed(
                false,
                Optional.empty(),
                Optional.of(SmsErrors.OPTED_OUT),
                "the provider answered 400, error 21610: recipient opted out",
                NOW,
                RetrySchedule.standard());

        assertThat(gaveUp).isTrue();
        assertThat(sms.state()).isEqualTo(FAILED);
        assertThat(sms.errorCode()).contains("21610");
    }

    @Test
    void the_providers_retry_after_is_honoured_when_longer_than_the_schedule_up_to_thirty_minutes() {
        RetrySchedule retries = RetrySchedule.standard();
        OutgoingSms longer = claimed();
        longer.failed(true, Optional.of(Duration.ofMinutes(5)), Optional.empty(), "429", NOW, retries);
        OutgoingSms shorter = claimed();
        shorter.failed(true, Optional.of(Duration.ofSeconds(3)), Optional.empty(), "429", NOW, retries);
        OutgoingSms huge = claimed();
        huge.failed(true, Optional.of(Duration.ofDays(2)), Optional.empty(), "429", NOW, retries);

        assertThat(longer.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(shorter.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(huge.nextAttemptAt()).isEqualTo(NOW.plus(OutgoingSms.MAX_RETRY_AFTER));
    }

    @Test
    void a_long_failure_reason_is_cut() {
        OutgoingSms sms = claimed();

        sms.failed(false, Optional.empty(), Optional.empty(), "x".repeat(1000), NOW, RetrySchedule.standard());

        assertThat(sms.error()).hasValueSatisfying(why -> assertThat(why).hasSize(OutgoingSms.MAX_ERROR));
    }

    @Test
    void a_refusal_by_parley_is_final_and_does_not_undo_a_delivery() {
        OutgoingSms pending = queued();
        pending.refuse(Optional.of(SmsErrors.OPTED_OUT), "the number opted out", NOW);
        assertThat(pending.state()).isEqualTo(FAILED);
        assertThat(pending.isDueAt(NOW)).isFalse();

        OutgoingSms delivered = claimed();
        delivered.accepted("SM1", QUEUED, NOW);
        delivered.reported(DELIVERED, Optional.empty(), NOW);
        delivered.refuse(Optional.empty(), "SMS turned off", NOW.plusSeconds(1));
        assertThat(delivered.state()).isEqualTo(DELIVERED);
        assertThat(delivered.error()).isEmpty();
    }

    @Test
    void only_a_pending_reply_can_fail_an_attempt() {
        OutgoingSms sms = claimed();
        sms.accepted("SM1", QUEUED, NOW);

        assertThatThrownBy(() ->
                        sms.failed(true, Optional.empty(), Optional.empty(), "late", NOW, RetrySchedule.standard()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
