package dev.parley.application.sms;

import dev.parley.application.profile.port.in.SmsCustomerUseCase;
import dev.parley.application.shared.port.out.SecretsPort;
import dev.parley.application.sms.port.in.DemoPhoneUseCase;
import dev.parley.application.sms.port.in.SmsPolicy;
import dev.parley.application.sms.port.out.CallWebhookPort;
import dev.parley.application.sms.port.out.DemoPhonePort;
import dev.parley.application.sms.port.out.DemoPhonePort.DemoSms;
import dev.parley.application.sms.port.out.SmsSettingsPort;
import dev.parley.application.visitor.port.in.DemoPolicy;
import dev.parley.application.visitor.port.in.SignInDemoCustomerUseCase;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.sms.DemoPhoneDisabledException;
import dev.parley.domain.sms.RequestSignature;
import dev.parley.domain.sms.SmsKeywords;
import dev.parley.domain.sms.SmsSegments;
import dev.parley.domain.sms.SmsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo mode's SMS, so that a new user sees SMS tickets without a provider account: a fake provider at {@value
 * #PROVIDER_PATH} that takes Parley's messages as Twilio's Messages API does (HTTP Basic with the account and token) and
 * reports them sent, then delivered, through signed status callbacks; and simulated phones whose texts it posts, signed
 * with the store's token, to Parley's incoming-message webhook at the public URL, as Twilio would. Every request takes
 * the same way through Parley as a real provider's.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = DomainException.class)
public class DemoPhoneService implements DemoPhoneUseCase {

    /** Where the fake provider's API is, under the public URL. */
    public static final String PROVIDER_PATH = "/api/v1/demo/sms-provider";

    /** The store's number in demo mode. */
    public static final String DEMO_STORE_NUMBER = "+48500600700";

    /** The demo customer's name, as the demo store tells it. */
    public static final String DEMO_CUSTOMER_NAME = "Demo customer";

    /** How long the fake provider takes from one state of a message to the next. */
    public static final Duration STEP = Duration.ofMillis(400);

    private static final int SHOWN = 200;
    private static final Logger LOG = Logger.getLogger(DemoPhoneService.class.getName());

    private final SecureRandom random = new SecureRandom();
    private DemoPolicy demo;
    private SmsSettingsPort settings;
    private SecretsPort secrets;
    private DemoPhonePort phones;
    private DemoPhoneLog log;
    private CallWebhookPort webhooks;
    private SmsPolicy policy;
    private Clock clock;
    private Optional<SmsCustomerUseCase> profiles = Optional.empty();

    @Inject
    public DemoPhoneService(
            DemoPolicy demo,
            SmsSettingsPort settings,
            SecretsPort secrets,
            DemoPhonePort phones,
            DemoPhoneLog log,
            CallWebhookPort webhooks,
            SmsPolicy policy,
            Clock clock) {
        this.demo = demo;
        this.settings = settings;
        this.secrets = secrets;
        this.phones = phones;
        this.log = log;
        this.webhooks = webhooks;
        this.policy = policy;
        this.clock = clock;
    }

    /** Gives the demo customer the phone the simulator texts from, when demo mode connects its provider. */
    @Inject
    void keepTheDemoCustomersPhone(SmsCustomerUseCase customers) {
        this.profiles = Optional.of(customers);
    }

    /** For CDI proxies only. */
    protected DemoPhoneService() {}

    @Override
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = DomainException.class)
    public boolean connectDemoProvider() {
        if (!demo.enabled() || secrets.unavailable().isPresent()) {
            return false;
        }
        SmsSettings current = settings.loadForUpdate();
        if (current.updatedAt().isPresent()) {
            return false;
        }
        String token = HexFormat.of().formatHex(bytes(16));
        SmsSettings connected;
        try {
            connected = new SmsSettings(
                    true,
                    providerUrl(),
                    "AC" + HexFormat.of().formatHex(bytes(16)),
                    DEMO_STORE_NUMBER,
                    Optional.of(secrets.seal(token, SmsSettings.TOKEN_CONTEXT)),
                    Optional.empty(),
                    SmsKeywords.defaults(),
                    Optional.of(clock.instant()));
        } catch (InvalidValueException notAProviderUrl) {
            // A public URL on plain http beyond this machine is no provider's base URL: SMS stays unconnected, and
            // Parley starts all the same.
            LOG.warning(() -> "event=sms_demo_provider_not_connected publicUrl=" + policy.publicUrl() + " reason=\""
                    + notAProviderUrl.getMessage() + "\"");
            return false;
        }
        settings.save(connected);
        // The demo customer has the phone the simulator texts from: their chat and SMS tickets stand side by side.
        profiles.ifPresent(customers -> customers.giveStoreUserPhone(
                SignInDemoCustomerUseCase.USER_ID,
                DEMO_CUSTOMER_NAME,
                PhoneNumber.parse(SignInDemoCustomerUseCase.PHONE)));
        LOG.info(() -> "event=sms_demo_provider_connected storeNumber=" + DEMO_STORE_NUMBER);
        return true;
    }

    @Override
    public PhoneMessage send(String from, String text) {
        requireDemo();
        PhoneNumber phone = PhoneNumber.parse(from == null ? "" : from);
        if (text == null || text.isBlank() || text.length() > SmsSettings.MAX_LENGTH) {
            throw new InvalidValueException(
                    "invalid_sms", "A text message has 1 to " + SmsSettings.MAX_LENGTH + " characters.");
        }
        Provider provider = provider();
        Instant now = clock.instant();
        String sid = "SM" + HexFormat.of().formatHex(bytes(16));
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("ToCountry", List.of("PL"));
        form.put("SmsMessageSid", List.of(sid));
        form.put("NumMedia", List.of("0"));
        form.put("SmsSid", List.of(sid));
        form.put("SmsStatus", List.of("received"));
        form.put("Body", List.of(text));
        form.put("To", List.of(provider.settings().sender()));
        form.put("NumSegments", List.of(Integer.toString(SmsSegments.of(text).segments())));
        form.put("MessageSid", List.of(sid));
        form.put("AccountSid", List.of(provider.settings().accountId()));
        form.put("From", List.of(phone.e164()));
        form.put("ApiVersion", List.of("2010-04-01"));
        DemoSms sms = new DemoSms(sid, phone, true, text, "sending", Optional.empty(), Optional.empty(), now, now);
        log.create(sms);
        String url = policy.inboundUrl();
        Optional<Integer> status = webhooks.post(url, form, RequestSignature.sign(provider.token(), url, form));
        String outcome = status.filter(code -> code >= 200 && code < 300).isPresent() ? "received" : "refused";
        DemoSms done = sms.withStatus(outcome, status, clock.instant());
        log.update(done);
        return view(done);
    }

    @Override
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = DomainException.class)
    public PhoneThread thread(String number) {
        requireDemo();
        PhoneNumber phone = PhoneNumber.parse(number == null ? "" : number);
        String store = settings.load().sender();
        return new PhoneThread(
                phone.e164(),
                store,
                phones.ofPhone(phone, SHOWN).stream()
                        .map(DemoPhoneService::view)
                        .toList());
    }

    @Override
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = DomainException.class)
    public ProviderAnswer accept(String account, Optional<String> authorization, Map<String, List<String>> form) {
        requireDemo();
        String to = first(form, "To");
        String from = first(form, "From").isEmpty() ? first(form, "MessagingServiceSid") : first(form, "From");
        String body = first(form, "Body");
        SmsSettings current = settings.load();
        if (!current.accountId().equals(account)) {
            return refusal(404, 20404, "The requested resource was not found", to, from, body);
        }
        String token = current.authToken()
                .map(stored -> secrets.open(stored, SmsSettings.TOKEN_CONTEXT))
                .orElse("");
        String expected =
                "Basic " + Base64.getEncoder().encodeToString((account + ":" + token).getBytes(StandardCharsets.UTF_8));
        boolean authorized = !token.isEmpty()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8),
                        authorization.orElse("").getBytes(StandardCharsets.UTF_8));
        if (!authorized) {
            return refusal(401, 20003, "Authenticate", to, from, body);
        }
        Optional<PhoneNumber> phone =
                PhoneNumber.tryParse(to).filter(number -> number.e164().equals(to));
        if (phone.isEmpty()) {
            return refusal(400, 21211, "The 'To' number " + to + " is not a valid phone number.", to, from, body);
        }
        if (body.isEmpty() || body.length() > SmsSettings.MAX_LENGTH) {
            return refusal(
                    400, 21617, "The concatenated message body exceeds the 1600 character limit.", to, from, body);
        }
        Instant now = clock.instant();
        String sid = "SM" + HexFormat.of().formatHex(bytes(16));
        Optional<String> callback = Optional.of(first(form, "StatusCallback")).filter(url -> !url.isEmpty());
        phones.create(new DemoSms(sid, phone.get(), false, body, "queued", Optional.empty(), callback, now, now));
        return new ProviderAnswer(201, Optional.of(sid), Optional.empty(), "queued", to, from, body);
    }

    @Override
    public int advance() {
        if (!demo.enabled()) {
            return 0;
        }
        Instant now = clock.instant();
        List<DemoSms> due = log.awaitingCallback(now.minus(STEP), 50);
        if (due.isEmpty()) {
            return 0;
        }
        Provider provider;
        try {
            provider = provider();
        } catch (DomainException notDemo) {
            return 0;
        }
        int reported = 0;
        for (DemoSms sms : due) {
            String next = sms.status().equals("queued") ? "sent" : "delivered";
            if (!log.changeStatus(sms.sid(), sms.status(), next, clock.instant())) {
                // Another round (the woken one, the scheduled one, or another node's) moved it on and reports it.
                continue;
            }
            reported++;
            sms.statusCallback().ifPresent(url -> {
                Map<String, List<String>> form = new LinkedHashMap<>();
                form.put("SmsSid", List.of(sms.sid()));
                form.put("SmsStatus", List.of(next));
                form.put("MessageStatus", List.of(next));
                form.put("To", List.of(sms.phone().e164()));
                form.put("MessageSid", List.of(sms.sid()));
                form.put("AccountSid", List.of(provider.settings().accountId()));
                form.put("From", List.of(provider.settings().sender()));
                form.put("ApiVersion", List.of("2010-04-01"));
                webhooks.post(url, form, RequestSignature.sign(provider.token(), url, form));
            });
        }
        return reported;
    }

    private Provider provider() {
        SmsSettings current = settings.load();
        if (!current.enabled()
                || !current.baseUrl().equals(providerUrl())
                || current.authToken().isEmpty()) {
            throw new InvalidValueException(
                    "demo_provider_off",
                    "SMS is not connected to the demo provider (Settings → SMS); the phone simulator needs it.");
        }
        return new Provider(current, secrets.open(current.authToken().get(), SmsSettings.TOKEN_CONTEXT));
    }

    private String providerUrl() {
        return policy.publicUrl() + PROVIDER_PATH;
    }

    private void requireDemo() {
        if (!demo.enabled()) {
            throw new DemoPhoneDisabledException();
        }
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static ProviderAnswer refusal(int status, int code, String message, String to, String from, String body) {
        return new ProviderAnswer(status, Optional.empty(), Optional.of(code), message, to, from, body);
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private static PhoneMessage view(DemoSms sms) {
        return new PhoneMessage(sms.sid(), sms.toStore(), sms.body(), sms.at(), sms.status(), sms.webhookStatus());
    }

    private record Provider(SmsSettings settings, String token) {}
}
