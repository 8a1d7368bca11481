package dev.parley.application.sms;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.MovableClock;
import dev.parley.application.conversation.WindowedAdmissions;
import dev.parley.application.shared.FakeSecrets;
import dev.parley.application.sms.port.in.ProviderRequest;
import dev.parley.application.sms.port.in.SmsPolicy;
import dev.parley.application.team.AdminChangeAuditService;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.application.visitor.port.in.DemoPolicy;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.sms.OutgoingSms;
import dev.parley.domain.sms.OutgoingSmsId;
import dev.parley.domain.sms.RequestSignature;
import dev.parley.domain.sms.SmsKeywords;
import dev.parley.domain.sms.SmsSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SMS context on in-memory fakes, wired as in production: the provider's webhooks, the replies, the outbox, the
 * settings and demo mode's phones over one store, one clock, one set of secrets and one fake provider.
 */
abstract class SmsFixture {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final String PUBLIC_URL = "https://shop.example";
    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String STORE_NUMBER = "+48500600700";
    static final String TOKEN = "primary-auth-token-7f3a";
    static final String SECONDARY_TOKEN = "secondary-auth-token-19c4";
    static final PhoneNumber ANNA = new PhoneNumber("+48600100200");
    static final PhoneNumber BOB = new PhoneNumber("+48600100300");
    static final AgentId ADMIN = AgentId.random();

    final MovableClock clock = new MovableClock(NOW);
    final FakeSecrets secrets = new FakeSecrets();
    final InMemorySms store = new InMemorySms();
    final FakeProvider provider = new FakeProvider();
    final FakeSmsCustomers customers = new FakeSmsCustomers();
    final WindowedAdmissions admissions = new WindowedAdmissions(clock);
    final InMemoryTeam team = InMemoryTeam.withAdmin(ADMIN, "Ada Admin");
    final AgentId agent = team.addAgent("Alan Agent");
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final AdminChangeAuditService admins = new AdminChangeAuditService(team, audit, clock);

    /** Waits 10 s, then 1 min; three attempts in all. */
    final SmsPolicy policy = new SmsPolicy(
            PUBLIC_URL + "/",
            new RetrySchedule(List.of(Duration.ofSeconds(10), Duration.ofMinutes(1)), 3),
            Duration.ofMinutes(2),
            10,
            new RateLimit("sms_inbound_per_number", 3, Duration.ofMinutes(1)),
            new RateLimit("sms_tests_per_admin", 2, Duration.ofMinutes(10)));

    final SmsWebhookService webhooks = new SmsWebhookService(
            store, secrets, store, store, store, store, store, customers, customers, admissions, policy, clock);
    final SmsReplyService replies = new SmsReplyService(store, store, store, store, clock);
    final SmsOutbox outbox = new SmsOutbox(store, store, store, secrets, store, policy, clock);
    final SmsDeliveryService delivery = new SmsDeliveryService(outbox, provider);
    final SmsSettingsService settings =
            new SmsSettingsService(store, secrets, provider, admins, admins::requireAdmin, admissions, policy, clock);

    DemoPhoneService demoPhone(boolean demo) {
        return new DemoPhoneService(
                new DemoPolicy(demo), store, secrets, store, new DemoPhoneLog(store), provider, policy, clock);
    }

    /** SMS on with Twilio, the store's number and the primary token. */
    void smsOn() {
        store.settings = settings(true, STORE_NUMBER, Optional.empty(), SmsKeywords.defaults());
    }

    SmsSettings settings(boolean enabled, String sender, Optional<String> secondaryToken, SmsKeywords keywords) {
        return new SmsSettings(
                enabled,
                SmsSettings.TWILIO,
                ACCOUNT,
                sender,
                Optional.of(secrets.seal(TOKEN, SmsSettings.TOKEN_CONTEXT)),
                secondaryToken.map(token -> secrets.seal(token, SmsSettings.SECONDARY_TOKEN_CONTEXT)),
                keywords,
                Optional.of(NOW));
    }

    /** An incoming message's form, as Twilio posts it. */
    static Map<String, List<String>> incoming(String sid, String from, String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("ToCountry", List.of("PL"));
        form.put("SmsMessageSid", List.of(sid));
        form.put("NumMedia", List.of("0"));
        form.put("SmsSid", List.of(sid));
        form.put("SmsStatus", List.of("received"));
        form.put("Body", List.of(body));
        form.put("To", List.of(STORE_NUMBER));
        form.put("NumSegments", List.of("1"));
        form.put("MessageSid", List.of(sid));
        form.put("AccountSid", List.of(ACCOUNT));
        form.put("From", List.of(from));
        form.put("ApiVersion", List.of("2010-04-01"));
        return form;
    }

    /** The form with one parameter set (or removed, for {@code null}). */
    static Map<String, List<String>> with(Map<String, List<String>> form, String name, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(form);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, List.of(value));
        }
        return changed;
    }

    /** A request to Parley's incoming-message URL, signed with the primary token for it. */
    ProviderRequest inbound(Map<String, List<String>> form) {
        return signed(TOKEN, policy.inboundUrl(), policy.inboundUrl(), form);
    }

    ProviderRequest inbound(String sid, PhoneNumber from, String body) {
        return inbound(incoming(sid, from.e164(), body));
    }

    /**
     * A request as Parley's webhook sees it.
     *
     * @param signedUrl the URL the provider signed
     * @param url the URL Parley checks ({@code PARLEY_PUBLIC_URL} + path + query)
     */
    static ProviderRequest signed(String token, String signedUrl, String url, Map<String, List<String>> form) {
        return new ProviderRequest(url, form, Optional.of(RequestSignature.sign(token, signedUrl, form)));
    }

    /** A status callback for a reply, signed with the primary token. */
    ProviderRequest statusCallback(OutgoingSmsId id, String messageSid, String status, Optional<String> errorCode) {
        String url = policy.statusUrl() + "?sms=" + id;
        return statusCallback(url, messageSid, status, errorCode);
    }

    ProviderRequest statusCallback(String url, String messageSid, String status, Optional<String> errorCode) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("SmsSid", List.of(messageSid));
        form.put("SmsStatus", List.of(status));
        form.put("MessageStatus", List.of(status));
        form.put("To", List.of(ANNA.e164()));
        form.put("MessageSid", List.of(messageSid));
        form.put("AccountSid", List.of(ACCOUNT));
        form.put("From", List.of(STORE_NUMBER));
        form.put("ApiVersion", List.of("2010-04-01"));
        errorCode.ifPresent(code -> form.put("ErrorCode", List.of(code)));
        return signed(TOKEN, url, url, form);
    }

    /** An SMS conversation with this number. */
    ConversationId smsConversation(PhoneNumber phone) {
        ConversationId conversation = ConversationId.random();
        store.record(conversation, phone, NOW);
        return conversation;
    }

    /** A reply queued in the outbox, as the agent's reply does; its id. */
    OutgoingSmsId queued(ConversationId conversation, long seq, String text) {
        replies.queue(conversation, seq, text);
        return store.ofConversation(conversation).stream()
                .filter(sms -> sms.seq() == seq)
                .map(OutgoingSms::id)
                .findFirst()
                .orElseThrow();
    }
}
