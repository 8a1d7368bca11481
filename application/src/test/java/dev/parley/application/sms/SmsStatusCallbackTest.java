package dev.parley.application.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.sms.port.in.ProviderRequest;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.sms.OutgoingSms;
import dev.parley.domain.sms.OutgoingSmsId;
import dev.parley.domain.sms.SmsDeliveryState;
import dev.parley.domain.sms.SmsRequestRefusedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider's status callbacks: a reply's state moves forward only, whatever order they come in. */
class SmsStatusCallbackTest extends SmsFixture {

    private static final Map<String, SmsDeliveryState> STATES = Map.of(
            "queued", SmsDeliveryState.QUEUED,
            "sent", SmsDeliveryState.SENT,
            "delivered", SmsDeliveryState.DELIVERED);

    private ConversationId conversation;

    @BeforeEach
    void aReplyOnItsWay() {
        smsOn();
        conversation = smsConversation(ANNA);
    }

    /** A reply the provider took; its id. */
    private OutgoingSmsId taken(long seq) {
        OutgoingSmsId id = queued(conversation, seq, "Your parcel ships today.");
        delivery.attempt(id);
        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.QUEUED);
        return id;
    }

    private String providerId(OutgoingSmsId id) {
        return store.stored(id).providerId().orElseThrow();
    }

    @Test
    void under_every_order_of_the_queued_sent_and_delivered_callbacks_the_state_only_moves_forward() {
        List<List<String>> orders = permutations(List.of("queued", "sent", "delivered"));
        assertThat(orders).hasSize(6);
        long seq = 1;
        for (List<String> order : orders) {
            OutgoingSmsId id = taken(seq++);
            SmsDeliveryState highest = SmsDeliveryState.QUEUED;
            for (String status : order) {
                clock.advance(Duration.ofSeconds(1));
                webhooks.status(statusCallback(id, providerId(id), status, Optional.empty()));
                SmsDeliveryState reported = STATES.get(status);
                highest = reported.compareTo(highest) > 0 ? reported : highest;
                assertThat(store.stored(id).state())
                        .as("%s after %s", order, status)
                        .isEqualTo(highest);
            }
            assertThat(store.stored(id).state()).as("%s", order).isEqualTo(SmsDeliveryState.DELIVERED);
        }
    }

    @Test
    void a_callback_that_moves_the_state_is_news_and_one_that_does_not_changes_nothing() {
        OutgoingSmsId id = taken(1);
        store.news.clear();

        webhooks.status(statusCallback(id, providerId(id), "delivered", Optional.empty()));
        OutgoingSms delivered = store.stored(id);
        clock.advance(Duration.ofMinutes(1));
        webhooks.status(statusCallback(id, providerId(id), "sent", Optional.empty()));
        webhooks.status(statusCallback(id, providerId(id), "delivered", Optional.empty()));
        webhooks.status(statusCallback(id, providerId(id), "undelivered", Optional.of("30003")));
        webhooks.status(statusCallback(id, providerId(id), "failed", Optional.of("30008")));

        assertThat(store.news).containsExactly(conversation);
        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.DELIVERED);
        assertThat(store.stored(id).updatedAt()).isEqualTo(delivered.updatedAt());
        assertThat(store.stored(id).errorCode()).isEmpty();
    }

    @Test
    void an_undelivered_reply_keeps_the_providers_error_in_words() {
        OutgoingSmsId id = taken(1);
        webhooks.status(statusCallback(id, providerId(id), "sent", Optional.empty()));

        webhooks.status(statusCallback(id, providerId(id), "undelivered", Optional.of("30003")));

        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.UNDELIVERED);
        assertThat(sms.errorCode()).contains("30003");
        assertThat(sms.error()).contains("phone unreachable");
        assertThat(store.optedOut(ANNA)).isFalse();
    }

    @Test
    void error_21610_marks_the_number_opted_out() {
        OutgoingSmsId id = taken(1);

        webhooks.status(statusCallback(id, providerId(id), "failed", Optional.of("21610")));

        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.FAILED);
        assertThat(store.stored(id).error()).contains("recipient opted out");
        assertThat(store.optedOut(ANNA)).isTrue();
        assertThat(store.contacts.get(ANNA).changedAt()).isEqualTo(NOW);
    }

    @Test
    void callbacks_for_unknown_replies_are_ignored() {
        OutgoingSmsId id = taken(1);
        String sid = providerId(id);
        OutgoingSms before = store.stored(id);
        store.news.clear();

        webhooks.status(statusCallback(policy.statusUrl(), sid, "delivered", Optional.empty()));
        webhooks.status(statusCallback(policy.statusUrl() + "?sms=not-a-uuid", sid, "delivered", Optional.empty()));
        webhooks.status(statusCallback(policy.statusUrl() + "?other=" + id, sid, "delivered", Optional.empty()));
        webhooks.status(statusCallback(OutgoingSmsId.random(), sid, "delivered", Optional.empty()));
        webhooks.status(statusCallback(id, sid, "receiving", Optional.empty()));

        assertThat(store.stored(id).state()).isEqualTo(before.state());
        assertThat(store.stored(id).updatedAt()).isEqualTo(before.updatedAt());
        assertThat(store.news).isEmpty();
    }

    @Test
    void a_callback_whose_message_sid_is_not_the_replys_is_ignored() {
        OutgoingSmsId id = taken(1);

        webhooks.status(statusCallback(id, "SMffffffffffffffffffffffffffffffff", "delivered", Optional.of("21610")));

        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.QUEUED);
        assertThat(store.optedOut(ANNA)).isFalse();
    }

    @Test
    void the_reply_id_is_read_among_other_query_parameters() {
        OutgoingSmsId id = taken(1);

        webhooks.status(
                statusCallback(policy.statusUrl() + "?attempt=1&sms=" + id, providerId(id), "sent", Optional.empty()));

        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.SENT);
    }

    @Test
    void a_callback_that_is_not_the_providers_is_refused_and_changes_nothing() {
        OutgoingSmsId id = taken(1);
        ProviderRequest genuine = statusCallback(id, providerId(id), "delivered", Optional.of("21610"));
        ProviderRequest forged = new ProviderRequest(genuine.url(), genuine.parameters(), Optional.of("Zm9yZ2Vk"));
        ProviderRequest otherAccount = signed(
                TOKEN,
                genuine.url(),
                genuine.url(),
                with(genuine.parameters(), "AccountSid", "AC99999999999999999999999999999999"));

        assertThatThrownBy(() -> webhooks.status(forged))
                .isInstanceOf(SmsRequestRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_signature");
        assertThatThrownBy(() -> webhooks.status(otherAccount))
                .isInstanceOf(SmsRequestRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "unknown_account");
        store.settings = settings(false, STORE_NUMBER, Optional.empty(), store.settings.keywords());
        assertThatThrownBy(() -> webhooks.status(genuine))
                .isInstanceOf(SmsRequestRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "sms_disabled");

        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.QUEUED);
        assertThat(store.optedOut(ANNA)).isFalse();
    }

    private static List<List<String>> permutations(List<String> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<String>> all = new ArrayList<>();
        for (String first : items) {
            List<String> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<String> tail : permutations(rest)) {
                List<String> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
