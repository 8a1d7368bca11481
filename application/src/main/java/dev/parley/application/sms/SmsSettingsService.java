package dev.parley.application.sms;

import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.shared.port.out.SecretsPort;
import dev.parley.application.sms.port.in.SmsPolicy;
import dev.parley.application.sms.port.in.SmsSettingsUseCase;
import dev.parley.application.sms.port.out.PublishSmsNewsPort;
import dev.parley.application.sms.port.out.SendSmsPort;
import dev.parley.application.sms.port.out.SendSmsPort.SentSms;
import dev.parley.application.sms.port.out.SmsCredentials;
import dev.parley.application.sms.port.out.SmsNotSentException;
import dev.parley.application.sms.port.out.SmsSettingsPort;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AdminCheck;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.shared.SecretsKeyMissingException;
import dev.parley.domain.sms.SmsErrors;
import dev.parley.domain.sms.SmsKeywords;
import dev.parley.domain.sms.SmsNotConfiguredException;
import dev.parley.domain.sms.SmsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The SMS section of the settings: changed and tested by admins; the auth tokens sealed before they are stored and
 * never given back; the audit log records that a token changed, never its value.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class SmsSettingsService implements SmsSettingsUseCase {

    private static final Logger LOG = Logger.getLogger(SmsSettingsService.class.getName());

    /** The longest auth token taken. */
    public static final int MAX_TOKEN = 200;

    private SmsSettingsPort settings;
    private SecretsPort secrets;
    private SendSmsPort provider;
    private AdminChangeAudit audit;
    private AdminCheck admins;
    private AdmitUseCase admission;
    private SmsPolicy policy;
    private Clock clock;
    private Optional<PublishSmsNewsPort> news = Optional.empty();

    @Inject
    public SmsSettingsService(
            SmsSettingsPort settings,
            SecretsPort secrets,
            SendSmsPort provider,
            AdminChangeAudit audit,
            AdminCheck admins,
            AdmitUseCase admission,
            SmsPolicy policy,
            Clock clock) {
        this.settings = settings;
        this.secrets = secrets;
        this.provider = provider;
        this.audit = audit;
        this.admins = admins;
        this.admission = admission;
        this.policy = policy;
        this.clock = clock;
    }

    /** Announces each change, so that open inboxes read their SMS tickets' side again. */
    @Inject
    void announceThrough(PublishSmsNewsPort publish) {
        this.news = Optional.of(publish);
    }

    /** For CDI proxies only. */
    protected SmsSettingsService() {}

    @Override
    public SmsSettingsView settings(AgentId admin) {
        audit.requireAdmin(admin);
        return view(settings.load());
    }

    @Override
    public SmsSettingsView change(AgentId admin, SmsSettingsChange change) {
        AuditActor actor = audit.requireAdmin(admin);
        Optional<String> token = typed(change.authToken());
        Optional<String> secondary = typed(change.secondaryAuthToken());
        if ((token.isPresent() || secondary.isPresent())) {
            secrets.unavailable().ifPresent(why -> {
                throw new SecretsKeyMissingException(why);
            });
        }
        SmsSettings before = settings.loadForUpdate();
        String baseUrl = change.baseUrl() == null ? "" : change.baseUrl();
        String accountId = change.accountId() == null ? "" : change.accountId();
        if (token.isEmpty() && before.authToken().isPresent() && !sameProvider(before, baseUrl, accountId)) {
            // The stored token is only ever sent where it was typed for: another address or account needs it anew.
            throw new InvalidValueException(
                    "sms_token_required",
                    "Type the auth token again when the provider's address or the account changes: the stored one"
                            + " is never sent anywhere else.");
        }
        SmsKeywords keywords = new SmsKeywords(change.optOutKeywords(), change.optInKeywords());
        Optional<SealedSecret> sealedToken = token.isPresent()
                ? Optional.of(secrets.seal(token.get(), SmsSettings.TOKEN_CONTEXT))
                : before.authToken();
        Optional<SealedSecret> sealedSecondary = change.dropSecondaryAuthToken()
                ? Optional.empty()
                : secondary.isPresent()
                        ? Optional.of(secrets.seal(secondary.get(), SmsSettings.SECONDARY_TOKEN_CONTEXT))
                        : before.secondaryAuthToken();
        SmsSettings after = new SmsSettings(
                change.enabled(),
                baseUrl,
                accountId,
                change.sender() == null ? "" : change.sender(),
                sealedToken,
                sealedSecondary,
                keywords,
                Optional.of(clock.instant()));
        settings.save(after);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("enabled", after.enabled());
        summary.put("baseUrl", after.baseUrl());
        summary.put("accountId", after.accountId());
        summary.put("sender", after.sender());
        if (token.isPresent()) {
            summary.put("authToken", "changed");
        }
        if (secondary.isPresent()
                || (change.dropSecondaryAuthToken()
                        && before.secondaryAuthToken().isPresent())) {
            summary.put("secondaryAuthToken", change.dropSecondaryAuthToken() ? "removed" : "changed");
        }
        audit.record(actor, "sms.settings_changed", summary);
        news.ifPresent(PublishSmsNewsPort::settingsChanged);
        LOG.info(() -> "event=sms_settings_changed enabled=" + after.enabled() + " tokenChanged=" + token.isPresent()
                + " by=" + admin);
        return view(after);
    }

    /** Outside any transaction: no database connection is held while the provider answers. */
    @Override
    @Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = DomainException.class)
    public SmsTestResult test(AgentId admin, String to) {
        admins.requireAdmin(admin);
        PhoneNumber phone = PhoneNumber.parse(to);
        SmsSettings current = settings.load();
        if (!current.isConfigured()) {
            throw new SmsNotConfiguredException();
        }
        admission.admit(policy.testsPerAdmin(), admin.toString());
        SmsCredentials credentials = new SmsCredentials(
                current.baseUrl(),
                current.accountId(),
                secrets.open(current.authToken().get(), SmsSettings.TOKEN_CONTEXT),
                current.sender(),
                current.sendsThroughService());
        long started = System.nanoTime();
        SmsTestResult result;
        try {
            SentSms sent = provider.send(
                    credentials, phone, "Parley: this test message shows that SMS works.", policy.statusUrl());
            result = new SmsTestResult(
                    "sent", Optional.empty(), Optional.empty(), Optional.of(sent.providerId()), since(started));
        } catch (SmsNotSentException failed) {
            result = new SmsTestResult(
                    outcome(failed),
                    failed.status(),
                    Optional.of(failed.errorCode()
                            .map(code -> code + " " + SmsErrors.describe(code))
                            .orElse(failed.getMessage())),
                    Optional.empty(),
                    since(started));
        }
        SmsTestResult tested = result;
        LOG.info(() -> "event=sms_tested outcome=" + tested.outcome() + " to=" + phone.masked() + " tookMs="
                + tested.tookMs());
        return result;
    }

    @Override
    public int resealAll() {
        if (secrets.unavailable().isPresent()) {
            return 0;
        }
        SmsSettings current = settings.loadForUpdate();
        Optional<SealedSecret> token = resealed(current.authToken(), SmsSettings.TOKEN_CONTEXT);
        Optional<SealedSecret> secondary = resealed(current.secondaryAuthToken(), SmsSettings.SECONDARY_TOKEN_CONTEXT);
        if (token.equals(current.authToken()) && secondary.equals(current.secondaryAuthToken())) {
            return 0;
        }
        settings.save(new SmsSettings(
                current.enabled(),
                current.baseUrl(),
                current.accountId(),
                current.sender(),
                token,
                secondary,
                current.keywords(),
                current.updatedAt()));
        LOG.info("event=secrets_resealed scope=sms");
        return 1;
    }

    /** Whether the change keeps the provider's address (its origin and path) and the account. */
    private static boolean sameProvider(SmsSettings before, String baseUrl, String accountId) {
        String typed = baseUrl.strip();
        String stored = before.baseUrl();
        boolean sameUrl = typed.equals(stored) || typed.equals(stored + "/");
        return sameUrl && accountId.strip().equals(before.accountId());
    }

    private Optional<SealedSecret> resealed(Optional<SealedSecret> sealed, String context) {
        return sealed.map(
                secret -> secrets.isCurrent(secret) ? secret : secrets.seal(secrets.open(secret, context), context));
    }

    private SmsSettingsView view(SmsSettings current) {
        return new SmsSettingsView(
                current.enabled(),
                secrets.unavailable().isEmpty(),
                current.baseUrl().startsWith(policy.publicUrl() + DemoPhoneService.PROVIDER_PATH),
                current.baseUrl(),
                current.accountId(),
                current.sender(),
                current.authToken().isPresent(),
                current.secondaryAuthToken().isPresent(),
                current.keywords().optOut(),
                current.keywords().optIn(),
                policy.inboundUrl(),
                policy.statusUrl(),
                SmsSettings.MAX_LENGTH,
                current.updatedAt());
    }

    private static Optional<String> typed(Optional<String> token) {
        Optional<String> given = token.map(String::strip).filter(value -> !value.isEmpty());
        if (given.filter(value -> value.length() > MAX_TOKEN || !value.matches("[\\x21-\\x7e]+"))
                .isPresent()) {
            throw new InvalidValueException(
                    "invalid_sms_token", "An auth token is at most " + MAX_TOKEN + " printable characters.");
        }
        return given;
    }

    private static String outcome(SmsNotSentException failed) {
        if (failed.status().isEmpty()) {
            return "unreachable";
        }
        int status = failed.status().get();
        if (status == 401 || status == 403) {
            return "unauthorized";
        }
        if (status == 429) {
            return "rate_limited";
        }
        return status >= 400 && status < 500 ? "refused" : "failed";
    }

    private static long since(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
