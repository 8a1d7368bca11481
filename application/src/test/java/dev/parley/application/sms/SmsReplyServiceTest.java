package dev.parley.application.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.sms.port.in.SmsTicketQuery.SmsStateView;
import dev.parley.application.sms.port.in.SmsTicketQuery.TicketSmsView;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.sms.OutgoingSms;
import dev.parley.domain.sms.OutgoingSmsId;
import dev.parley.domain.sms.SmsDeliveryState;
import dev.parley.domain.sms.SmsKeywords;
import dev.parley.domain.sms.SmsReplyRefusedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An agent's reply on an SMS ticket: refused before it is stored when it cannot reach the phone, queued otherwise. */
class SmsReplyServiceTest extends SmsFixture {

    private ConversationId conversation;

    @BeforeEach
    void anSmsTicket() {
        smsOn();
        conversation = smsConversation(ANNA);
    }

    @Test
    void a_reply_of_1600_characters_passes_and_one_of_1601_is_refused_as_too_long() {
        assertThatCode(() -> replies.check(conversation, "a".repeat(1600), false))
                .doesNotThrowAnyException();

        assertRefused(() -> replies.check(conversation, "a".repeat(1601), false), "sms_too_long");
    }

    @Test
    void a_reply_with_an_image_is_refused() {
        assertRefused(() -> replies.check(conversation, "Here is the photo", true), "sms_no_images");
    }

    @Test
    void a_reply_to_an_opted_out_number_is_refused_and_one_after_start_passes() {
        store.contact(ANNA, true, NOW);
        assertRefused(() -> replies.check(conversation, "Sorry to see you go", false), "sms_opted_out");

        store.contact(ANNA, false, NOW.plus(Duration.ofMinutes(1)));
        assertThatCode(() -> replies.check(conversation, "Welcome back", false)).doesNotThrowAnyException();
    }

    @Test
    void a_reply_while_sms_is_off_is_refused_before_anything_else() {
        store.settings = settings(false, STORE_NUMBER, Optional.empty(), SmsKeywords.defaults());
        store.contact(ANNA, true, NOW);

        assertRefused(() -> replies.check(conversation, "Hi", false), "sms_disabled");
        assertRefused(() -> replies.check(conversation, "a".repeat(1601), true), "sms_disabled");
    }

    @Test
    void a_reply_to_a_number_that_never_wrote_a_keyword_passes() {
        assertThat(store.contacts).isEmpty();

        assertThatCode(() -> replies.check(conversation, "Hi Anna", false)).doesNotThrowAnyException();
    }

    @Test
    void queue_writes_a_pending_reply_to_the_conversations_number_due_at_once() {
        OutgoingSmsId id = queued(conversation, 7, "Your parcel ships today.");

        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.PENDING);
        assertThat(sms.to()).isEqualTo(ANNA);
        assertThat(sms.seq()).isEqualTo(7);
        assertThat(sms.body()).isEqualTo("Your parcel ships today.");
        assertThat(sms.attempts()).isZero();
        assertThat(sms.providerId()).isEmpty();
        assertThat(sms.createdAt()).isEqualTo(NOW);
        assertThat(delivery.due(10)).containsExactly(id);
        assertThat(provider.sent)
                .as("sent by the worker, not in the reply's transaction")
                .isEmpty();
    }

    @Test
    void queuing_wakes_the_sender_once_per_reply() {
        List<String> woken = new ArrayList<>();
        replies.wakeTheSender(() -> woken.add("woken"));

        queued(conversation, 3, "First");
        queued(conversation, 4, "Second");

        assertThat(woken).hasSize(2);
    }

    @Test
    void an_answer_queued_for_a_number_that_opted_out_is_kept_as_never_sent_and_wakes_nothing() {
        List<String> woken = new ArrayList<>();
        replies.wakeTheSender(() -> woken.add("woken"));
        store.contact(ANNA, true, NOW);

        OutgoingSmsId id = queued(conversation, 9, "Here is how returns work.");

        OutgoingSms sms = store.stored(id);
        assertThat(sms.state()).isEqualTo(SmsDeliveryState.FAILED);
        assertThat(sms.errorCode()).contains("21610");
        assertThat(sms.error()).contains("recipient opted out");
        assertThat(delivery.due(10)).isEmpty();
        assertThat(woken).isEmpty();
    }

    @Test
    void an_answer_longer_than_an_sms_takes_is_cut_to_1600_characters() {
        OutgoingSmsId id = queued(conversation, 5, "a".repeat(1700));

        String body = store.stored(id).body();
        assertThat(body).hasSize(1600).endsWith("a…");
    }

    @Test
    void a_conversation_without_a_number_is_not_an_sms_one() {
        ConversationId chat = ConversationId.random();

        assertThat(replies.sms(chat)).isEmpty();
        assertThatThrownBy(() -> replies.queue(chat, 2, "Hi")).isInstanceOf(IllegalStateException.class);
        assertThat(store.outgoing).isEmpty();
    }

    @Test
    void the_ticket_shows_the_number_its_opt_out_and_each_replys_state() {
        OutgoingSmsId first = queued(conversation, 3, "Hello Anna");
        queued(conversation, 2, "Zażółć gęślą jaźń".repeat(5));
        delivery.attempt(first);
        clock.advance(Duration.ofMinutes(1));
        store.contact(ANNA, true, clock.instant());

        TicketSmsView view = replies.sms(conversation).orElseThrow();

        assertThat(view.phone()).isEqualTo("+48600100200");
        assertThat(view.optedOut()).isTrue();
        assertThat(view.optedOutAt()).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(view.enabled()).isTrue();
        assertThat(view.maxLength()).isEqualTo(1600);
        assertThat(view.messages())
                .extracting(SmsStateView::seq, SmsStateView::state, SmsStateView::segments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "pending", 2),
                        org.assertj.core.groups.Tuple.tuple(3L, "queued", 1));
    }

    @Test
    void the_ticket_of_a_number_that_did_not_opt_out_shows_no_opt_out_time() {
        store.contact(ANNA, false, NOW);

        TicketSmsView view = replies.sms(conversation).orElseThrow();

        assertThat(view.optedOut()).isFalse();
        assertThat(view.optedOutAt()).isEmpty();
        assertThat(view.messages()).isEmpty();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(SmsReplyRefusedException.class).hasFieldOrPropertyWithValue("code", code);
    }
}
