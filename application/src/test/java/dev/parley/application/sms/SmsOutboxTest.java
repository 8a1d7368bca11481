package dev.parley.application.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.sms.SmsOutbox.SmsAttempt;
import dev.parley.application.sms.port.out.SendSmsPort.SentSms;
import dev.parley.application.sms.port.out.SmsCredentials;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.sms.OutgoingSms;
import dev.parley.domain.sms.OutgoingSmsId;
import dev.parley.domain.sms.SmsDeliveryState;
import dev.parley.domain.sms.SmsKeywords;
import dev.parley.domain.sms.SmsReplyRefusedException;
import dev.parley.domain.sms.SmsSettings;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS outbox: one attempt claimed at a time, the provider called outside it, the outcome recorded once. */
class SmsOutboxTest extends SmsFixture {

    private ConversationId conversation;
    private OutgoingSmsId id;

    @BeforeEach
    void aQueuedReply() {
        smsOn();
        conversation = smsConversation(ANNA);
        id = queued(conversation, 4, "Your parcel ships today.");
    }

    private void runDue() {
        delivery.due(10).forEach(delivery::attempt);
    }

    @Test
    void a_claimed_reply_is_sent_with_the_opened_token_and_its_sid_recorded_as_queued() {
        runDue();

        assertThat(provider.sent).singleElement().satisfies(call -> {
            assertThat(call.credentials())
                    .isEqualTo(new SmsCredentials(SmsSettings.TWILIO, ACCOUNT, TOKEN, STORE_NUMBER, false));
            assertThat(call.credentials().toString()).doesNotContain(TOKEN);
            assertThat(call.to()).isEqualTo(ANNA);
            assertThat(call.body()).isEqualTo("Your parcel ships today.");
            assertThat(call.statusCallback()).isEqualTo("https://shop.example/api/v1/channels/sms/status?sms=" + id);
        });
        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.QUEUED);
        assertThat(sms.providerId()).contains("SM00000000000000000000000000000001");
        assertThat(sms.attempts()).isEqualTo(1);
        assertThat(sms.acceptedAt()).contains(NOW);
        assertThat(store.news).containsExactly(conversation);
        assertThat(delivery.due(10)).isEmpty();
    }

    @Test
    void a_reply_taken_by_a_messaging_service_as_accepted_is_queued() {
        String service = "MG0123456789abcdef0123456789abcdef";
        store.settings = settings(true, service, Optional.empty(), SmsKeywords.defaults());
        provider.takes("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", SmsDeliveryState.PENDING);

        runDue();

        assertThat(provider.sent.get(0).credentials().throughService()).isTrue();
        assertThat(provider.sent.get(0).credentials().sender()).isEqualTo(service);
        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.QUEUED);
    }

    @Test
    void a_status_callback_that_overtook_the_providers_answer_keeps_the_later_state() {
        provider.takes("SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", SmsDeliveryState.QUEUED);
        provider.whileSending = () -> webhooks.status(
                statusCallback(id, "SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "delivered", Optional.empty()));

        runDue();

        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.DELIVERED);
        assertThat(sms.providerId()).contains("SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
        assertThat(sms.acceptedAt()).contains(NOW);
    }

    @Test
    void a_sent_callback_that_overtook_the_answer_is_not_undone_by_it() {
        provider.takes("SMcccccccccccccccccccccccccccccccc", SmsDeliveryState.QUEUED);
        provider.whileSending = () ->
                webhooks.status(statusCallback(id, "SMcccccccccccccccccccccccccccccccc", "sent", Optional.empty()));

        runDue();
        webhooks.status(statusCallback(id, "SMcccccccccccccccccccccccccccccccc", "queued", Optional.empty()));

        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.SENT);
        webhooks.status(statusCallback(id, "SMcccccccccccccccccccccccccccccccc", "delivered", Optional.empty()));
        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.DELIVERED);
    }

    @Test
    void retryable_failures_are_tried_again_on_the_schedule_until_no_attempt_is_left() {
        provider.fails(FakeProvider.unavailable(503, Optional.empty()))
                .fails(FakeProvider.unreachable())
                .fails(FakeProvider.unavailable(500, Optional.empty()));

        runDue();
        OutgoingSms first = store.stored(id);
        assertThat(first.state()).isEqualTo(SmsDeliveryState.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(first.error()).contains("the provider answered 503");
        assertThat(store.news).as("a retry is not news").isEmpty();

        clock.advance(Duration.ofSeconds(9));
        runDue();
        assertThat(provider.sent).as("not due before the wait").hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        runDue();
        assertThat(provider.sent).hasSize(2);
        assertThat(store.stored(id).nextAttemptAt())
                .isEqualTo(NOW.plusSeconds(10).plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofMinutes(1));
        runDue();
        OutgoingSms last = store.stored(id);
        assertThat(provider.sent).hasSize(3);
        assertThat(last.state()).isEqualTo(SmsDeliveryState.FAILED);
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(last.error()).contains("the provider answered 500");
        assertThat(store.news).containsExactly(conversation);

        clock.advance(Duration.ofHours(1));
        runDue();
        assertThat(provider.sent).hasSize(3);
    }

    @Test
    void a_longer_retry_after_is_honoured_up_to_half_an_hour() {
        provider.fails(FakeProvider.unavailable(429, Optional.of(Duration.ofMinutes(5))))
                .fails(FakeProvider.unavailable(429, Optional.of(Duration.ofHours(3))));

        runDue();
        assertThat(store.stored(id).nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));
        runDue();
        assertThat(store.stored(id).nextAttemptAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(5)).plus(OutgoingSms.MAX_RETRY_AFTER));
    }

    @Test
    void refused_credentials_are_tried_again_so_that_a_token_rotation_loses_no_reply() {
        provider.fails(FakeProvider.refused(401, "20003"));
        provider.takes("SMdddddddddddddddddddddddddddddddd", SmsDeliveryState.QUEUED);

        runDue();
        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.PENDING);
        clock.advance(Duration.ofMinutes(1));
        runDue();

        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.QUEUED);
        assertThat(sms.attempts()).isEqualTo(2);
        assertThat(provider.sent).hasSize(2);
    }

    @Test
    void an_invalid_number_fails_at_once_in_words() {
        provider.fails(FakeProvider.refused(400, "21211"));

        runDue();

        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.FAILED);
        assertThat(sms.attempts()).isEqualTo(1);
        assertThat(sms.errorCode()).contains("21211");
        assertThat(sms.error()).contains("invalid number");
        assertThat(store.news).containsExactly(conversation);
        assertThat(store.optedOut(ANNA)).isFalse();

        clock.advance(Duration.ofHours(1));
        runDue();
        assertThat(provider.sent).hasSize(1);
    }

    @Test
    void a_refusal_because_the_number_opted_out_fails_and_opts_the_number_out() {
        provider.fails(FakeProvider.refused(400, "21610"));

        runDue();

        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.FAILED);
        assertThat(sms.errorCode()).contains("21610");
        assertThat(sms.error()).contains("recipient opted out");
        assertThat(store.optedOut(ANNA)).isTrue();
        assertThatThrownBy(() -> replies.check(conversation, "Are you there?", false))
                .isInstanceOf(SmsReplyRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "sms_opted_out");
    }

    @Test
    void a_reply_to_a_number_that_opted_out_meanwhile_is_refused_at_claim_without_calling_the_provider() {
        store.contact(ANNA, true, NOW);

        runDue();

        assertThat(provider.sent).isEmpty();
        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.FAILED);
        assertThat(sms.attempts()).isZero();
        assertThat(sms.errorCode()).contains("21610");
        assertThat(sms.error()).contains("recipient opted out");
        assertThat(store.news).containsExactly(conversation);
    }

    @Test
    void a_reply_queued_before_sms_was_turned_off_is_refused_without_calling_the_provider() {
        store.settings = settings(false, STORE_NUMBER, Optional.empty(), SmsKeywords.defaults());

        runDue();

        assertThat(provider.sent).isEmpty();
        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.FAILED);
        assertThat(sms.errorCode()).isEmpty();
        assertThat(sms.error()).contains("SMS was turned off");
    }

    @Test
    void a_token_that_cannot_be_opened_fails_the_reply_without_calling_the_provider() {
        SmsSettings on = store.settings;
        store.settings = new SmsSettings(
                true,
                on.baseUrl(),
                on.accountId(),
                on.sender(),
                Optional.of(new SealedSecret("sealed1:another:context:dG9rZW4=")),
                Optional.empty(),
                on.keywords(),
                on.updatedAt());

        runDue();

        assertThat(provider.sent).isEmpty();
        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.FAILED);
        assertThat(store.stored(id).error()).contains("the stored auth token cannot be opened");
    }

    @Test
    void an_answer_of_an_unexpected_shape_is_a_failed_attempt_tried_again() {
        provider.breaks(new IllegalStateException("sid missing"));

        runDue();

        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.PENDING);
        assertThat(sms.error()).contains("unexpected IllegalStateException");
        assertThat(sms.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void a_claimed_reply_stays_away_from_other_workers_for_the_lease() {
        SmsAttempt attempt = outbox.claim(id).orElseThrow();

        assertThat(attempt.attempt()).isEqualTo(1);
        assertThat(attempt.toString()).doesNotContain(TOKEN);
        assertThat(outbox.claim(id)).isEmpty();
        assertThat(delivery.due(10)).isEmpty();
        clock.advance(Duration.ofMinutes(2).minusMillis(1));
        assertThat(delivery.due(10)).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(delivery.due(10)).containsExactly(id);
    }

    @Test
    void the_outcome_of_an_attempt_whose_lease_was_lost_records_nothing() {
        SmsAttempt lost = outbox.claim(id).orElseThrow();
        clock.advance(Duration.ofMinutes(2));
        SmsAttempt current = outbox.claim(id).orElseThrow();
        assertThat(current.attempt()).isEqualTo(2);

        outbox.sent(lost, new SentSms("SMdddddddddddddddddddddddddddddddd", SmsDeliveryState.QUEUED));
        outbox.failed(lost, false, Optional.empty(), Optional.of("21211"), "refused");

        OutgoingSms untouched = store.stored(id);
        assertThat(untouched.state()).isEqualTo(SmsDeliveryState.PENDING);
        assertThat(untouched.providerId()).isEmpty();
        assertThat(untouched.errorCode()).isEmpty();
        assertThat(store.news).isEmpty();

        outbox.sent(current, new SentSms("SMeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", SmsDeliveryState.QUEUED));
        assertThat(store.stored(id).providerId()).contains("SMeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");
        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.QUEUED);
    }

    @Test
    void a_second_outcome_of_the_same_attempt_records_nothing() {
        SmsAttempt attempt = outbox.claim(id).orElseThrow();
        outbox.sent(attempt, new SentSms("SMdddddddddddddddddddddddddddddddd", SmsDeliveryState.QUEUED));

        outbox.failed(attempt, false, Optional.empty(), Optional.of("21211"), "refused");
        outbox.sent(attempt, new SentSms("SMffffffffffffffffffffffffffffffff", SmsDeliveryState.QUEUED));

        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.QUEUED);
        assertThat(sms.providerId()).contains("SMdddddddddddddddddddddddddddddddd");
        assertThat(sms.errorCode()).isEmpty();
    }

    @Test
    void when_every_attempt_was_claimed_and_none_recorded_the_reply_fails_with_no_attempt_left() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(outbox.claim(id)).as("attempt %d", attempt).isPresent();
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(outbox.claim(id)).isEmpty();

        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.FAILED);
        assertThat(sms.attempts()).isEqualTo(3);
        assertThat(sms.error()).contains("no attempt left");
        assertThat(store.news).containsExactly(conversation);
    }

    @Test
    void a_reply_already_on_its_way_is_not_claimed_again() {
        runDue();
        clock.advance(Duration.ofHours(1));

        assertThat(outbox.claim(id)).isEmpty();
        delivery.attempt(id);

        assertThat(provider.sent).hasSize(1);
        assertThat(store.stored(id).attempts()).isEqualTo(1);
    }
}
