package dev.parley.application.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.sms.port.in.DemoPhoneUseCase.PhoneMessage;
import dev.parley.application.sms.port.in.DemoPhoneUseCase.PhoneThread;
import dev.parley.application.sms.port.in.DemoPhoneUseCase.ProviderAnswer;
import dev.parley.application.sms.port.in.ProviderRequest;
import dev.parley.application.sms.port.in.SmsPolicy;
import dev.parley.application.sms.port.out.DemoPhonePort.DemoSms;
import dev.parley.application.sms.port.out.SendSmsPort;
import dev.parley.application.sms.port.out.SendSmsPort.SentSms;
import dev.parley.application.sms.port.out.SmsNotSentException;
import dev.parley.application.visitor.port.in.DemoPolicy;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.sms.DemoPhoneDisabledException;
import dev.parley.domain.sms.OutgoingSms;
import dev.parley.domain.sms.OutgoingSmsId;
import dev.parley.domain.sms.RequestSignature;
import dev.parley.domain.sms.SmsDeliveryState;
import dev.parley.domain.sms.SmsKeywords;
import dev.parley.domain.sms.SmsRequestRefusedException;
import dev.parley.domain.sms.SmsSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Demo mode's phones and fake provider: connected once to a store that never set SMS up, they sign what they post as
 * Twilio does, so that Parley's own webhooks take it as a real provider's.
 */
class DemoPhoneServiceTest extends SmsFixture {

    private static final String DEMO_PROVIDER = PUBLIC_URL + DemoPhoneService.PROVIDER_PATH;

    private final DemoPhoneService demo = demoPhone(true);

    private String storedToken() {
        return secrets.open(store.settings.authToken().orElseThrow(), SmsSettings.TOKEN_CONTEXT);
    }

    private static String basic(String account, String token) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> message(String to, String body, String callback) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("To", List.of(to));
        form.put("From", List.of(DemoPhoneService.DEMO_STORE_NUMBER));
        form.put("Body", List.of(body));
        if (!callback.isEmpty()) {
            form.put("StatusCallback", List.of(callback));
        }
        return form;
    }

    private ProviderAnswer acceptFromParley(String to, String body, String callback) {
        String account = store.settings.accountId();
        return demo.accept(account, Optional.of(basic(account, storedToken())), message(to, body, callback));
    }

    /** Routes the fake provider's webhook calls into Parley's webhooks, answering as the REST resource does. */
    private void routeToParley() {
        provider.webhook = call -> {
            ProviderRequest request = new ProviderRequest(call.url(), call.form(), Optional.of(call.signature()));
            try {
                if (call.url().startsWith(policy.inboundUrl())) {
                    webhooks.receive(request);
                    return Optional.of(200);
                }
                webhooks.status(request);
                return Optional.of(204);
            } catch (SmsRequestRefusedException refused) {
                return Optional.of(403);
            } catch (RateLimitedException limited) {
                return Optional.of(429);
            } catch (DomainException invalid) {
                return Optional.of(400);
            }
        };
    }

    @Test
    void without_demo_mode_there_is_no_phone_and_no_fake_provider() {
        DemoPhoneService off = demoPhone(false);

        assertThat(off.connectDemoProvider()).isFalse();
        assertDemoDisabled(() -> off.send(ANNA.e164(), "Hi"));
        assertDemoDisabled(() -> off.thread(ANNA.e164()));
        assertDemoDisabled(
                () -> off.accept(ACCOUNT, Optional.of(basic(ACCOUNT, TOKEN)), message(ANNA.e164(), "Hi", "")));
        assertThat(off.advance()).isZero();

        assertThat(store.settingsSaves).isZero();
        assertThat(store.phones).isEmpty();
        assertThat(provider.posted).isEmpty();
    }

    @Test
    void the_fake_provider_is_connected_once_to_a_store_that_never_set_sms_up() {
        assertThat(demo.connectDemoProvider()).isTrue();

        SmsSettings connected = store.settings;
        assertThat(connected.enabled()).isTrue();
        assertThat(connected.baseUrl()).isEqualTo(DEMO_PROVIDER);
        assertThat(connected.sender()).isEqualTo(DemoPhoneService.DEMO_STORE_NUMBER);
        assertThat(connected.accountId()).matches("AC[0-9a-f]{32}");
        assertThat(connected.authToken())
                .hasValueSatisfying(secret -> assertThat(secrets.open(secret, SmsSettings.TOKEN_CONTEXT))
                        .matches("[0-9a-f]{32}"));
        assertThat(connected.keywords()).isEqualTo(SmsKeywords.defaults());
        assertThat(connected.updatedAt()).contains(NOW);
        assertThat(settings.settings(ADMIN).demoProvider()).isTrue();

        assertThat(demo.connectDemoProvider()).as("once").isFalse();
        assertThat(store.settings).isEqualTo(connected);
        assertThat(store.settingsSaves).isEqualTo(1);
    }

    @Test
    void connecting_the_fake_provider_gives_the_demo_customer_the_phone_the_simulator_texts_from() {
        FakeSmsCustomers customers = new FakeSmsCustomers();
        demo.keepTheDemoCustomersPhone(customers);

        assertThat(demo.connectDemoProvider()).isTrue();

        assertThat(customers.storeUsers).containsExactly(Map.entry("demo-customer", new PhoneNumber("+48600100200")));
        assertThat(demo.connectDemoProvider()).isFalse();
        assertThat(customers.storeUsers).hasSize(1);
    }

    @Test
    void settings_an_admin_saved_are_never_replaced_even_when_sms_is_off() {
        store.settings = settings(false, STORE_NUMBER, Optional.empty(), SmsKeywords.defaults());
        SmsSettings saved = store.settings;

        assertThat(demo.connectDemoProvider()).isFalse();

        assertThat(store.settings).isEqualTo(saved);
    }

    @Test
    void without_the_secrets_key_the_fake_provider_is_not_connected() {
        secrets.unavailable = Optional.of("PARLEY_SECRETS_KEY is not set.");

        assertThat(demo.connectDemoProvider()).isFalse();
        assertThat(store.settingsSaves).isZero();
    }

    @Test
    void a_demo_published_on_plain_http_beyond_this_machine_leaves_sms_unconnected_instead_of_failing_the_start() {
        // Providers are reached over https (http only on this machine): such a URL cannot be SMS's base URL.
        SmsPolicy onTheLan = new SmsPolicy(
                "http://192.168.1.20:9080",
                policy.retries(),
                policy.claimLease(),
                policy.batchSize(),
                policy.inboundPerNumber(),
                policy.testsPerAdmin());
        DemoPhoneService demoOnTheLan = new DemoPhoneService(
                new DemoPolicy(true), store, secrets, store, new DemoPhoneLog(store), provider, onTheLan, clock);

        assertThat(demoOnTheLan.connectDemoProvider()).isFalse();

        assertThat(store.settings).isEqualTo(SmsSettings.defaults());
        assertThat(store.settingsSaves).isZero();
        assertDemoProviderOff(() -> demoOnTheLan.send(ANNA.e164(), "Hi"));
    }

    @Test
    void a_phones_text_is_posted_to_the_public_incoming_url_signed_with_the_stored_token() {
        demo.connectDemoProvider();
        String token = storedToken();

        PhoneMessage sent = demo.send("+48 600-100-200", "Where is my parcel?");

        assertThat(provider.posted).singleElement().satisfies(call -> {
            assertThat(call.url()).isEqualTo("https://shop.example/api/v1/channels/sms/inbound");
            assertThat(RequestSignature.matches(List.of(token), policy.inboundUrl(), call.form(), call.signature()))
                    .isTrue();
            assertThat(RequestSignature.matches(List.of(TOKEN), policy.inboundUrl(), call.form(), call.signature()))
                    .isFalse();
            assertThat(call.form())
                    .containsEntry("From", List.of("+48600100200"))
                    .containsEntry("To", List.of(DemoPhoneService.DEMO_STORE_NUMBER))
                    .containsEntry("AccountSid", List.of(store.settings.accountId()))
                    .containsEntry("Body", List.of("Where is my parcel?"))
                    .containsEntry("MessageSid", List.of(sent.sid()))
                    .containsEntry("NumSegments", List.of("1"));
        });
        assertThat(sent.sid()).matches("SM[0-9a-f]{32}");
        assertThat(sent.toStore()).isTrue();
        assertThat(sent.status()).isEqualTo("received");
        assertThat(sent.webhookStatus()).contains(200);
        assertThat(store.phones.get(sent.sid()).status()).isEqualTo("received");
    }

    @Test
    void a_text_parley_refuses_or_does_not_answer_shows_as_refused() {
        demo.connectDemoProvider();

        provider.webhook = call -> Optional.of(403);
        PhoneMessage refused = demo.send(ANNA.e164(), "Hello?");
        provider.webhook = call -> Optional.empty();
        PhoneMessage unanswered = demo.send(ANNA.e164(), "Hello??");

        assertThat(refused.status()).isEqualTo("refused");
        assertThat(refused.webhookStatus()).contains(403);
        assertThat(unanswered.status()).isEqualTo("refused");
        assertThat(unanswered.webhookStatus()).isEmpty();
    }

    @Test
    void a_phones_text_passes_parleys_own_webhook_checks_and_is_stored() {
        demo.connectDemoProvider();
        routeToParley();

        PhoneMessage sent = demo.send("+48 600 100 200", "Where is my parcel?");

        assertThat(sent.status()).isEqualTo("received");
        assertThat(customers.texts()).containsExactly("Where is my parcel?");
        assertThat(store.inbound).containsOnlyKeys(sent.sid());
        assertThat(store.threads).containsValue(ANNA);
    }

    @Test
    void a_phone_without_its_country_code_or_an_empty_or_overlong_text_is_refused() {
        demo.connectDemoProvider();

        assertThatThrownBy(() -> demo.send("600100200", "Hi"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_phone");
        assertThatThrownBy(() -> demo.send(null, "Hi")).hasFieldOrPropertyWithValue("code", "invalid_phone");
        assertThatThrownBy(() -> demo.send(ANNA.e164(), "  ")).hasFieldOrPropertyWithValue("code", "invalid_sms");
        assertThatThrownBy(() -> demo.send(ANNA.e164(), null)).hasFieldOrPropertyWithValue("code", "invalid_sms");
        assertThatThrownBy(() -> demo.send(ANNA.e164(), "a".repeat(1601)))
                .hasFieldOrPropertyWithValue("code", "invalid_sms");
        assertThat(demo.send(ANNA.e164(), "a".repeat(1600)).status()).isEqualTo("received");
        assertThat(provider.posted).hasSize(1);
    }

    @Test
    void the_phone_needs_sms_connected_to_the_fake_provider() {
        assertDemoProviderOff(() -> demo.send(ANNA.e164(), "Hi"));

        smsOn();
        assertDemoProviderOff(() -> demo.send(ANNA.e164(), "Hi"));

        store.settings = SmsSettings.defaults();
        demo.connectDemoProvider();
        SmsSettings connected = store.settings;
        store.settings = new SmsSettings(
                false,
                connected.baseUrl(),
                connected.accountId(),
                connected.sender(),
                connected.authToken(),
                Optional.empty(),
                connected.keywords(),
                Optional.of(NOW));
        assertDemoProviderOff(() -> demo.send(ANNA.e164(), "Hi"));

        assertThat(provider.posted).isEmpty();
        assertThat(store.phones).isEmpty();
    }

    @Test
    void the_fake_messages_api_takes_a_message_with_the_stores_account_and_token() {
        demo.connectDemoProvider();
        String callback = policy.statusUrl() + "?sms=" + OutgoingSmsId.random();

        ProviderAnswer answer = acceptFromParley(ANNA.e164(), "Your parcel ships today.", callback);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.sid()).hasValueSatisfying(sid -> assertThat(sid).matches("SM[0-9a-f]{32}"));
        assertThat(answer.errorCode()).isEmpty();
        assertThat(answer.message()).isEqualTo("queued");
        assertThat(answer.from()).isEqualTo(DemoPhoneService.DEMO_STORE_NUMBER);
        DemoSms stored = store.phones.get(answer.sid().get());
        assertThat(stored.toStore()).isFalse();
        assertThat(stored.phone()).isEqualTo(ANNA);
        assertThat(stored.status()).isEqualTo("queued");
        assertThat(stored.statusCallback()).contains(callback);
    }

    @Test
    void the_fake_messages_api_answers_a_wrong_account_auth_or_number_with_twilios_errors() {
        demo.connectDemoProvider();
        String account = store.settings.accountId();
        String token = storedToken();
        Map<String, List<String>> form = message(ANNA.e164(), "Hi", "");

        assertRefusal(
                demo.accept("AC99999999999999999999999999999999", Optional.of(basic(account, token)), form),
                404,
                20404);
        assertRefusal(demo.accept(account, Optional.empty(), form), 401, 20003);
        assertRefusal(demo.accept(account, Optional.of(basic(account, "wrong")), form), 401, 20003);
        assertRefusal(demo.accept(account, Optional.of("Bearer " + token), form), 401, 20003);
        assertRefusal(
                demo.accept(account, Optional.of(basic(account, token)), message("+48 600 100 200", "Hi", "")),
                400,
                21211);
        assertRefusal(
                demo.accept(account, Optional.of(basic(account, token)), message("600100200", "Hi", "")), 400, 21211);
        assertRefusal(
                demo.accept(account, Optional.of(basic(account, token)), message(ANNA.e164(), "", "")), 400, 21617);
        assertRefusal(
                demo.accept(account, Optional.of(basic(account, token)), message(ANNA.e164(), "a".repeat(1601), "")),
                400,
                21617);

        assertThat(store.phones).isEmpty();
    }

    @Test
    void the_fake_messages_api_refuses_everyone_while_no_token_is_stored() {
        assertRefusal(demo.accept("", Optional.of(basic("", "")), message(ANNA.e164(), "Hi", "")), 401, 20003);
    }

    @Test
    void a_message_through_a_messaging_service_is_shown_as_from_the_service() {
        demo.connectDemoProvider();
        String account = store.settings.accountId();
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("To", List.of(ANNA.e164()));
        form.put("MessagingServiceSid", List.of("MG0123456789abcdef0123456789abcdef"));
        form.put("Body", List.of("Hi"));

        ProviderAnswer answer = demo.accept(account, Optional.of(basic(account, storedToken())), form);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.from()).isEqualTo("MG0123456789abcdef0123456789abcdef");
    }

    @Test
    void advance_reports_sent_then_delivered_a_step_apart_in_signed_callbacks() {
        demo.connectDemoProvider();
        String token = storedToken();
        String callback = policy.statusUrl() + "?sms=" + OutgoingSmsId.random();
        String sid = acceptFromParley(ANNA.e164(), "Your parcel ships today.", callback)
                .sid()
                .orElseThrow();

        clock.advance(DemoPhoneService.STEP.minusMillis(1));
        assertThat(demo.advance()).isZero();
        assertThat(provider.posted).isEmpty();

        clock.advance(Duration.ofMillis(1));
        assertThat(demo.advance()).isEqualTo(1);
        assertThat(store.phones.get(sid).status()).isEqualTo("sent");

        clock.advance(DemoPhoneService.STEP.minusMillis(1));
        assertThat(demo.advance()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(demo.advance()).isEqualTo(1);
        assertThat(store.phones.get(sid).status()).isEqualTo("delivered");

        clock.advance(Duration.ofHours(1));
        assertThat(demo.advance()).as("delivered is the last state").isZero();

        assertThat(provider.posted).hasSize(2).allSatisfy(call -> {
            assertThat(call.url()).isEqualTo(callback);
            assertThat(RequestSignature.matches(List.of(token), callback, call.form(), call.signature()))
                    .isTrue();
            assertThat(call.form())
                    .containsEntry("MessageSid", List.of(sid))
                    .containsEntry("AccountSid", List.of(store.settings.accountId()))
                    .containsEntry("To", List.of(ANNA.e164()))
                    .containsEntry("From", List.of(DemoPhoneService.DEMO_STORE_NUMBER));
        });
        assertThat(provider.posted)
                .extracting(call -> call.form().get("MessageStatus"))
                .containsExactly(List.of("sent"), List.of("delivered"));
    }

    @Test
    void two_rounds_at_once_report_each_state_once() {
        demo.connectDemoProvider();
        String callback = policy.statusUrl() + "?sms=" + OutgoingSmsId.random();
        String sid = acceptFromParley(ANNA.e164(), "Your parcel ships today.", callback)
                .sid()
                .orElseThrow();
        DemoPhoneService otherNode = demoPhone(true);
        List<Integer> otherAdvanced = new ArrayList<>();
        store.nodes.meanwhile(() -> otherAdvanced.add(otherNode.advance()));
        clock.advance(DemoPhoneService.STEP);

        int advanced = demo.advance();

        assertThat(provider.posted)
                .extracting(call -> call.form().get("MessageStatus"))
                .containsExactly(List.of("sent"));
        assertThat(otherAdvanced).as("the other round reported it").containsExactly(1);
        assertThat(advanced).as("this round reported nothing").isZero();
        assertThat(store.phones.get(sid).status()).isEqualTo("sent");
    }

    @Test
    void a_message_without_a_status_callback_advances_without_calling_anyone() {
        demo.connectDemoProvider();
        String sid = acceptFromParley(ANNA.e164(), "Hi", "").sid().orElseThrow();

        clock.advance(DemoPhoneService.STEP);
        demo.advance();
        clock.advance(DemoPhoneService.STEP);
        demo.advance();

        assertThat(store.phones.get(sid).status()).isEqualTo("delivered");
        assertThat(provider.posted).isEmpty();
    }

    @Test
    void a_phone_shows_both_ways_of_its_conversation_oldest_first() {
        demo.connectDemoProvider();
        PhoneMessage asked = demo.send(ANNA.e164(), "Where is my parcel?");
        clock.advance(Duration.ofSeconds(5));
        String answered =
                acceptFromParley(ANNA.e164(), "It ships today.", "").sid().orElseThrow();
        clock.advance(Duration.ofSeconds(5));
        demo.send(BOB.e164(), "Not Anna's");

        PhoneThread thread = demo.thread("+48 600 100 200");

        assertThat(thread.number()).isEqualTo(ANNA.e164());
        assertThat(thread.storeNumber()).isEqualTo(DemoPhoneService.DEMO_STORE_NUMBER);
        assertThat(thread.messages())
                .extracting(PhoneMessage::sid, PhoneMessage::toStore, PhoneMessage::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(asked.sid(), true, "Where is my parcel?"),
                        org.assertj.core.groups.Tuple.tuple(answered, false, "It ships today."));
    }

    @Test
    void a_reply_goes_through_the_outbox_to_the_fake_provider_and_comes_back_delivered() {
        demo.connectDemoProvider();
        routeToParley();
        SendSmsPort viaDemo = (credentials, to, body, callback) -> {
            assertThat(credentials.baseUrl()).isEqualTo(DEMO_PROVIDER);
            Map<String, List<String>> form = message(to.e164(), body, callback);
            form.put("From", List.of(credentials.sender()));
            ProviderAnswer answer = demo.accept(
                    credentials.accountId(),
                    Optional.of(basic(credentials.accountId(), credentials.authToken())),
                    form);
            if (answer.status() != 201) {
                throw new SmsNotSentException(
                        answer.message(),
                        false,
                        answer.errorCode().map(String::valueOf),
                        Optional.of(answer.status()),
                        Optional.empty());
            }
            return new SentSms(
                    answer.sid().orElseThrow(),
                    SmsDeliveryState.fromProviderStatus(answer.message()).orElseThrow());
        };
        SmsDeliveryService deliveryViaDemo = new SmsDeliveryService(outbox, viaDemo);
        ConversationId conversation = smsConversation(ANNA);
        OutgoingSmsId id = queued(conversation, 2, "Your parcel ships today.");

        deliveryViaDemo.due(10).forEach(deliveryViaDemo::attempt);
        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.QUEUED);
        clock.advance(DemoPhoneService.STEP);
        demo.advance();
        assertThat(store.stored(id).state()).isEqualTo(SmsDeliveryState.SENT);
        clock.advance(DemoPhoneService.STEP);
        demo.advance();

        OutgoingSms delivered = store.stored(id);
        assertThat(delivered.state()).isEqualTo(SmsDeliveryState.DELIVERED);
        assertThat(store.phones.get(delivered.providerId().orElseThrow()).body())
                .isEqualTo("Your parcel ships today.");
    }

    private static void assertDemoDisabled(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(DemoPhoneDisabledException.class)
                .hasFieldOrPropertyWithValue("code", "demo_disabled");
    }

    private static void assertDemoProviderOff(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "demo_provider_off");
    }

    private static void assertRefusal(ProviderAnswer answer, int status, int code) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.errorCode()).contains(code);
        assertThat(answer.sid()).isEmpty();
    }
}
