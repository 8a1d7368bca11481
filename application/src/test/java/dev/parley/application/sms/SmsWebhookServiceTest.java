package dev.parley.application.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.sms.port.in.ProviderRequest;
import dev.parley.application.sms.port.in.ReceiveSmsUseCase.InboundOutcome;
import dev.parley.application.sms.port.out.SmsContactsPort.SmsContact;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.sms.RequestSignature;
import dev.parley.domain.sms.SmsKeywords;
import dev.parley.domain.sms.SmsRequestRefusedException;
import dev.parley.domain.sms.SmsSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Incoming messages on the provider's webhook: who may post, what is stored once, and the opt-out keywords. */
class SmsWebhookServiceTest extends SmsFixture {

    private static final String SID = "SM11111111111111111111111111111111";

    @BeforeEach
    void smsIsOn() {
        smsOn();
    }

    @Test
    void a_signed_message_is_stored_once_in_the_customers_conversation_and_its_number_recorded() {
        InboundOutcome outcome = webhooks.receive(inbound(SID, ANNA, "Where is order 1042?"));

        assertThat(outcome).isEqualTo(InboundOutcome.STORED);
        assertThat(customers.posts).singleElement().satisfies(post -> {
            assertThat(post.customer()).isEqualTo(customers.customers.get(ANNA));
            assertThat(post.text()).isEqualTo("Where is order 1042?");
            assertThat(store.phoneOf(post.conversation())).contains(ANNA);
        });
        assertThat(store.inbound).containsOnlyKeys(SID);
        assertThat(store.contacts)
                .containsOnly(Map.entry(
                        ANNA,
                        new SmsContact(
                                ANNA,
                                false,
                                NOW,
                                Optional.of(customers.posts.get(0).customer()))));
        assertThat(store.news).as("a plain message changes no SMS state").isEmpty();
    }

    @Test
    void a_replayed_message_sid_stores_nothing_new() {
        webhooks.receive(inbound(SID, ANNA, "Where is order 1042?"));
        clock.advance(Duration.ofSeconds(15));

        InboundOutcome replayed = webhooks.receive(inbound(SID, ANNA, "Where is order 1042?"));

        assertThat(replayed).isEqualTo(InboundOutcome.REPEATED);
        assertThat(customers.posts).hasSize(1);
        assertThat(store.inbound).containsOnly(Map.entry(SID, NOW));
    }

    @Test
    void a_message_known_only_by_its_sms_sid_is_stored_and_recognised_when_replayed() {
        Map<String, List<String>> form = with(incoming(SID, ANNA.e164(), "Hi"), "MessageSid", null);

        assertThat(webhooks.receive(inbound(form))).isEqualTo(InboundOutcome.STORED);
        assertThat(webhooks.receive(inbound(form))).isEqualTo(InboundOutcome.REPEATED);
        assertThat(customers.posts).hasSize(1);
    }

    @Test
    void a_second_message_from_the_number_goes_to_the_same_conversation() {
        webhooks.receive(inbound(SID, ANNA, "Hello"));
        webhooks.receive(inbound("SM22222222222222222222222222222222", ANNA, "Anyone there?"));

        assertThat(customers.posts)
                .extracting(FakeSmsCustomers.Post::conversation)
                .containsOnly(customers.posts.get(0).conversation());
        assertThat(store.threads).hasSize(1);
    }

    @Test
    void replies_follow_the_customer_to_the_number_they_last_wrote_from() {
        webhooks.receive(inbound(SID, ANNA, "Hello"));
        PhoneNumber newPhone = new PhoneNumber("+48600999888");
        // The store moved Anna's profile to her new phone: the profile context finds her under it.
        customers.customers.put(newPhone, customers.customers.get(ANNA));

        webhooks.receive(inbound("SM33333333333333333333333333333333", newPhone, "New phone, same question"));

        ConversationId conversation = customers.posts.get(0).conversation();
        assertThat(customers.posts.get(1).conversation()).isEqualTo(conversation);
        assertThat(store.phoneOf(conversation)).contains(newPhone);
    }

    @Test
    void a_number_stays_with_the_customer_its_first_text_reached() {
        webhooks.receive(inbound(SID, ANNA, "Hello"));
        VisitorId first = customers.posts.get(0).customer();
        // The store gives Anna's number to another profile afterwards: her texts stay where they were.
        customers.customers.put(ANNA, VisitorId.random());

        webhooks.receive(inbound("SM55555555555555555555555555555555", ANNA, "Still me"));

        assertThat(customers.posts).extracting(FakeSmsCustomers.Post::customer).containsExactly(first, first);
        assertThat(customers.posts.get(1).conversation())
                .isEqualTo(customers.posts.get(0).conversation());
    }

    @Test
    void a_request_without_a_signature_is_refused_and_stores_nothing() {
        ProviderRequest unsigned =
                new ProviderRequest(policy.inboundUrl(), incoming(SID, ANNA.e164(), "Hi"), Optional.empty());

        assertRefused(unsigned, "invalid_signature");
    }

    @Test
    void a_request_signed_with_another_token_is_refused_and_stores_nothing() {
        assertRefused(
                signed(
                        "not-the-store's-token",
                        policy.inboundUrl(),
                        policy.inboundUrl(),
                        incoming(SID, ANNA.e164(), "Hi")),
                "invalid_signature");
    }

    @Test
    void a_request_changed_after_it_was_signed_is_refused_and_stores_nothing() {
        Map<String, List<String>> form = incoming(SID, ANNA.e164(), "Hi");
        String signature = RequestSignature.sign(TOKEN, policy.inboundUrl(), form);
        Map<String, List<String>> changed = with(form, "Body", "Hi ");

        assertRefused(new ProviderRequest(policy.inboundUrl(), changed, Optional.of(signature)), "invalid_signature");
    }

    @Test
    void a_signature_for_the_address_behind_the_proxy_is_refused_since_the_public_url_is_what_counts() {
        // The request arrived on http://internal:9080 (the proxy's side); the provider signs what it called.
        String internal = "http://internal:9080" + dev.parley.application.sms.port.in.SmsPolicy.INBOUND_PATH;

        assertRefused(
                signed(TOKEN, internal, policy.inboundUrl(), incoming(SID, ANNA.e164(), "Hi")), "invalid_signature");
    }

    @Test
    void a_signature_for_the_public_url_is_taken_whatever_address_the_request_arrived_on() {
        assertThat(policy.inboundUrl()).isEqualTo("https://shop.example/api/v1/channels/sms/inbound");

        assertThat(webhooks.receive(
                        signed(TOKEN, policy.inboundUrl(), policy.inboundUrl(), incoming(SID, ANNA.e164(), "Hi"))))
                .isEqualTo(InboundOutcome.STORED);
    }

    @Test
    void during_a_token_rotation_either_token_signs_and_a_dropped_secondary_no_longer_does() {
        store.settings = settings(true, STORE_NUMBER, Optional.of(SECONDARY_TOKEN), SmsKeywords.defaults());

        assertThat(webhooks.receive(signed(
                        SECONDARY_TOKEN, policy.inboundUrl(), policy.inboundUrl(), incoming(SID, ANNA.e164(), "1"))))
                .isEqualTo(InboundOutcome.STORED);
        assertThat(webhooks.receive(inbound("SM22222222222222222222222222222222", ANNA, "2")))
                .isEqualTo(InboundOutcome.STORED);

        smsOn();
        assertRefused(
                signed(
                        SECONDARY_TOKEN,
                        policy.inboundUrl(),
                        policy.inboundUrl(),
                        incoming("SM33333333333333333333333333333333", ANNA.e164(), "3")),
                "invalid_signature",
                2);
    }

    @Test
    void a_request_for_another_account_is_refused_and_stores_nothing() {
        assertRefused(
                inbound(with(incoming(SID, ANNA.e164(), "Hi"), "AccountSid", "AC99999999999999999999999999999999")),
                "unknown_account");
        assertRefused(inbound(with(incoming(SID, ANNA.e164(), "Hi"), "AccountSid", null)), "unknown_account");
    }

    @Test
    void a_message_to_a_number_that_is_not_the_stores_is_refused_and_stores_nothing() {
        assertRefused(inbound(with(incoming(SID, ANNA.e164(), "Hi"), "To", "+48500600701")), "not_store_number");
        assertRefused(inbound(with(incoming(SID, ANNA.e164(), "Hi"), "To", null)), "not_store_number");
    }

    @Test
    void the_stores_number_may_be_written_as_people_write_it() {
        assertThat(webhooks.receive(inbound(with(incoming(SID, ANNA.e164(), "Hi"), "To", "+48 500 600 700"))))
                .isEqualTo(InboundOutcome.STORED);
    }

    @Test
    void through_a_messaging_service_only_a_request_naming_the_service_is_the_stores() {
        String service = "MG0123456789abcdef0123456789abcdef";
        store.settings = settings(true, service, Optional.empty(), SmsKeywords.defaults());

        assertThat(webhooks.receive(inbound(with(
                        with(incoming(SID, ANNA.e164(), "Hi"), "MessagingServiceSid", service), "To", "+48500600999"))))
                .isEqualTo(InboundOutcome.STORED);
        assertRefused(
                inbound(with(
                        with(incoming("SM22222222222222222222222222222222", ANNA.e164(), "Hi"), "To", "short-code"),
                        "MessagingServiceSid",
                        "MGffffffffffffffffffffffffffffffff")),
                "not_store_number",
                1);
        assertRefused(
                inbound(with(incoming("SM33333333333333333333333333333333", ANNA.e164(), "Hi"), "To", "+48500600999")),
                "not_store_number",
                1);
    }

    @Test
    void with_sms_turned_off_even_a_well_signed_request_is_refused_and_stores_nothing() {
        store.settings = settings(false, STORE_NUMBER, Optional.empty(), SmsKeywords.defaults());

        assertRefused(inbound(SID, ANNA, "Hi"), "sms_disabled");
    }

    @Test
    void a_store_that_never_set_sms_up_refuses_every_request() {
        store.settings = SmsSettings.defaults();

        assertRefused(inbound(SID, ANNA, "Hi"), "sms_disabled");
    }

    @Test
    void a_refused_request_leaves_an_opted_out_number_as_it_was() {
        store.contact(ANNA, true, NOW.minus(Duration.ofDays(3)));
        Map<PhoneNumber, SmsContact> before = new LinkedHashMap<>(store.contacts);

        assertThatThrownBy(() -> webhooks.receive(signed(
                        "forged", policy.inboundUrl(), policy.inboundUrl(), incoming(SID, ANNA.e164(), "START"))))
                .isInstanceOf(SmsRequestRefusedException.class);

        assertThat(store.contacts).isEqualTo(before);
        assertThat(customers.posts).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"600100200", "+48 600 CALL ME", "", "+0600100200"})
    void a_sender_without_a_valid_number_is_refused_as_invalid_phone(String from) {
        assertThatThrownBy(() -> webhooks.receive(inbound(incoming(SID, from, "Hi"))))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_phone");
        assertNothingStored();
    }

    @Test
    void a_message_without_a_message_sid_is_refused() {
        Map<String, List<String>> form =
                with(with(incoming(SID, ANNA.e164(), "Hi"), "MessageSid", null), "SmsSid", null);

        assertThatThrownBy(() -> webhooks.receive(inbound(form)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_sms");
        assertNothingStored();
    }

    @Test
    void a_body_of_1600_characters_is_stored_and_one_of_1601_is_refused_as_too_long() {
        assertThatThrownBy(() -> webhooks.receive(inbound(SID, ANNA, "a".repeat(1601))))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "sms_too_long");
        assertNothingStored();

        assertThat(webhooks.receive(inbound(SID, ANNA, "a".repeat(1600)))).isEqualTo(InboundOutcome.STORED);
        assertThat(customers.texts()).containsExactly("a".repeat(1600));
    }

    @Test
    void the_number_limit_refuses_the_message_over_it_and_not_another_numbers() {
        for (int i = 1; i <= 3; i++) {
            assertThat(webhooks.receive(inbound(sid(i), ANNA, "message " + i))).isEqualTo(InboundOutcome.STORED);
        }

        assertThatThrownBy(() -> webhooks.receive(inbound(sid(4), ANNA, "message 4")))
                .isInstanceOf(RateLimitedException.class)
                .hasFieldOrPropertyWithValue("code", "rate_limited");
        assertThat(webhooks.receive(inbound(sid(5), BOB, "Bob's first"))).isEqualTo(InboundOutcome.STORED);

        assertThat(customers.texts()).containsExactly("message 1", "message 2", "message 3", "Bob's first");
        assertThat(store.inbound).as("the refused message's id is not kept").doesNotContainKey(sid(4));
    }

    @Test
    void a_refused_message_is_taken_when_the_provider_retries_it_after_the_window() {
        for (int i = 1; i <= 3; i++) {
            webhooks.receive(inbound(sid(i), ANNA, "message " + i));
        }
        clock.advance(Duration.ofSeconds(59));
        assertThatThrownBy(() -> webhooks.receive(inbound(sid(4), ANNA, "message 4")))
                .isInstanceOf(RateLimitedException.class);

        clock.advance(Duration.ofSeconds(1));

        assertThat(webhooks.receive(inbound(sid(4), ANNA, "message 4"))).isEqualTo(InboundOutcome.STORED);
        assertThat(customers.texts()).endsWith("message 4");
    }

    @Test
    void a_replayed_message_is_recognised_without_counting_against_the_limit() {
        for (int i = 1; i <= 3; i++) {
            webhooks.receive(inbound(sid(i), ANNA, "message " + i));
        }

        assertThat(webhooks.receive(inbound(sid(3), ANNA, "message 3"))).isEqualTo(InboundOutcome.REPEATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop.", "rezygnuję", " Stop! ", "unsubscribe", "wypisz"})
    void an_opt_out_keyword_opts_the_number_out_and_is_kept_in_the_ticket(String body) {
        InboundOutcome outcome = webhooks.receive(inbound(SID, ANNA, body));

        assertThat(outcome).isEqualTo(InboundOutcome.OPTED_OUT);
        assertThat(store.optedOut(ANNA)).isTrue();
        assertThat(customers.texts()).containsExactly(body);
        assertThat(customers.posts.get(0).answerable())
                .as("the AI agent does not answer STOP")
                .isFalse();
        assertThat(store.news).containsExactly(customers.posts.get(0).conversation());
    }

    @Test
    void start_opts_an_opted_out_number_back_in() {
        webhooks.receive(inbound(sid(1), ANNA, "STOP"));
        clock.advance(Duration.ofMinutes(5));

        InboundOutcome outcome = webhooks.receive(inbound(sid(2), ANNA, "start"));

        assertThat(outcome).isEqualTo(InboundOutcome.OPTED_IN);
        assertThat(store.contacts.get(ANNA))
                .isEqualTo(new SmsContact(
                        ANNA,
                        false,
                        NOW.plus(Duration.ofMinutes(5)),
                        Optional.of(customers.posts.get(0).customer())));
        ConversationId conversation = customers.posts.get(0).conversation();
        assertThat(store.news).containsExactly(conversation, conversation);
    }

    @Test
    void a_keyword_that_changes_nothing_is_a_plain_message() {
        assertThat(webhooks.receive(inbound(sid(1), ANNA, "START")))
                .as("never opted out")
                .isEqualTo(InboundOutcome.STORED);
        webhooks.receive(inbound(sid(2), ANNA, "STOP"));
        assertThat(webhooks.receive(inbound(sid(3), ANNA, "STOP")))
                .as("opted out already")
                .isEqualTo(InboundOutcome.STORED);
        clock.advance(Duration.ofMinutes(1));
        assertThat(webhooks.receive(inbound(sid(4), ANNA, "Please stop texting me")))
                .isEqualTo(InboundOutcome.STORED);

        assertThat(store.optedOut(ANNA)).isTrue();
        assertThat(store.news).hasSize(1);
    }

    @Test
    void the_stores_own_keywords_replace_the_defaults() {
        store.settings =
                settings(true, STORE_NUMBER, Optional.empty(), new SmsKeywords(List.of("BASTA"), List.of("AVANTI")));

        assertThat(webhooks.receive(inbound(sid(1), ANNA, "STOP"))).isEqualTo(InboundOutcome.STORED);
        assertThat(webhooks.receive(inbound(sid(2), ANNA, "basta!"))).isEqualTo(InboundOutcome.OPTED_OUT);
        assertThat(webhooks.receive(inbound(sid(3), ANNA, "Avanti"))).isEqualTo(InboundOutcome.OPTED_IN);
    }

    @Test
    void a_picture_without_text_is_stored_as_a_note_that_pictures_are_not_taken() {
        webhooks.receive(inbound(with(incoming(sid(1), ANNA.e164(), ""), "NumMedia", "2")));
        webhooks.receive(inbound(incoming(sid(2), ANNA.e164(), "   ")));

        assertThat(customers.texts())
                .containsExactly("[2 picture(s) sent by MMS; Parley does not take pictures by SMS]", "[empty SMS]");
    }

    @Test
    void a_picture_with_a_caption_keeps_the_caption_and_says_the_picture_was_not_taken() {
        webhooks.receive(inbound(with(incoming(sid(3), ANNA.e164(), "Is this the right size?"), "NumMedia", "1")));

        assertThat(customers.texts())
                .containsExactly(
                        "Is this the right size?\n[1 picture(s) sent by MMS; Parley does not take pictures by SMS]");
    }

    private static String sid(int n) {
        return "SM" + String.format("%032d", n);
    }

    private void assertRefused(ProviderRequest request, String code) {
        assertRefused(request, code, 0);
    }

    /** Refused with the code, and nothing more stored than the {@code posted} messages before it. */
    private void assertRefused(ProviderRequest request, String code, int posted) {
        Map<PhoneNumber, SmsContact> contacts = new LinkedHashMap<>(store.contacts);
        Map<String, ?> inbound = new LinkedHashMap<>(store.inbound);
        Map<ConversationId, PhoneNumber> threads = new LinkedHashMap<>(store.threads);
        int news = store.news.size();

        assertThatThrownBy(() -> webhooks.receive(request))
                .isInstanceOf(SmsRequestRefusedException.class)
                .hasFieldOrPropertyWithValue("code", code);

        assertThat(customers.posts).hasSize(posted);
        assertThat(store.contacts).isEqualTo(contacts);
        assertThat(store.inbound).isEqualTo(inbound);
        assertThat(store.threads).isEqualTo(threads);
        assertThat(store.news).hasSize(news);
    }

    private void assertNothingStored() {
        assertThat(customers.posts).isEmpty();
        assertThat(customers.customers).isEmpty();
        assertThat(store.contacts).isEmpty();
        assertThat(store.inbound).isEmpty();
        assertThat(store.threads).isEmpty();
    }
}
