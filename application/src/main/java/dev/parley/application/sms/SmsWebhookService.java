package dev.parley.application.sms;

import dev.parley.application.conversation.port.in.PostCustomerSmsUseCase;
import dev.parley.application.conversation.port.in.PostCustomerSmsUseCase.SmsPosted;
import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.profile.port.in.SmsCustomerUseCase;
import dev.parley.application.shared.port.out.SecretsPort;
import dev.parley.application.sms.port.in.ProviderRequest;
import dev.parley.application.sms.port.in.ReceiveSmsUseCase;
import dev.parley.application.sms.port.in.SmsPolicy;
import dev.parley.application.sms.port.out.OutgoingSmsPort;
import dev.parley.application.sms.port.out.PublishSmsNewsPort;
import dev.parley.application.sms.port.out.SmsContactsPort;
import dev.parley.application.sms.port.out.SmsInboundLogPort;
import dev.parley.application.sms.port.out.SmsSettingsPort;
import dev.parley.application.sms.port.out.SmsThreadsPort;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.sms.OutgoingSms;
import dev.parley.domain.sms.OutgoingSmsId;
import dev.parley.domain.sms.RequestSignature;
import dev.parley.domain.sms.SmsDeliveryState;
import dev.parley.domain.sms.SmsErrors;
import dev.parley.domain.sms.SmsKeywords.Keyword;
import dev.parley.domain.sms.SmsRequestRefusedException;
import dev.parley.domain.sms.SmsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The provider's webhooks. Each request is checked first, against Parley's public URL and the stored tokens (either
 * of them during a rotation), then for the store's account and number; a request that fails any check stores nothing.
 * An incoming message is stored once however often the provider retries it (its id is kept), in the customer's SMS
 * conversation; an opt-out or opt-in keyword changes the number's state and is stored too, so that the ticket shows
 * it. A status callback only moves a reply forward.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class SmsWebhookService implements ReceiveSmsUseCase {

    private static final Logger LOG = Logger.getLogger(SmsWebhookService.class.getName());
    private static final Pattern AMPERSAND = Pattern.compile("&");
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9]{1,64}");

    private SmsSettingsPort settings;
    private SecretsPort secrets;
    private SmsInboundLogPort inbound;
    private SmsContactsPort contacts;
    private SmsThreadsPort threads;
    private OutgoingSmsPort outgoing;
    private PublishSmsNewsPort news;
    private SmsCustomerUseCase customers;
    private PostCustomerSmsUseCase conversations;
    private AdmitUseCase admission;
    private SmsPolicy policy;
    private Clock clock;

    @Inject
    public SmsWebhookService(
            SmsSettingsPort settings,
            SecretsPort secrets,
            SmsInboundLogPort inbound,
            SmsContactsPort contacts,
            SmsThreadsPort threads,
            OutgoingSmsPort outgoing,
            PublishSmsNewsPort news,
            SmsCustomerUseCase customers,
            PostCustomerSmsUseCase conversations,
            AdmitUseCase admission,
            SmsPolicy policy,
            Clock clock) {
        this.settings = settings;
        this.secrets = secrets;
        this.inbound = inbound;
        this.contacts = contacts;
        this.threads = threads;
        this.outgoing = outgoing;
        this.news = news;
        this.customers = customers;
        this.conversations = conversations;
        this.admission = admission;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected SmsWebhookService() {}

    @Override
    public InboundOutcome receive(ProviderRequest request) {
        SmsSettings current = verified(request);
        String to = request.first("To").orElse("");
        // Through a Messaging Service the request names the service; otherwise it is to the store's own number.
        boolean ours = current.sendsThroughService()
                ? request.first("MessagingServiceSid")
                        .filter(current.sender()::equals)
                        .isPresent()
                : PhoneNumber.tryParse(to)
                        .map(PhoneNumber::e164)
                        .filter(current.sender()::equals)
                        .isPresent();
        if (!ours) {
            throw refused("not_store_number", "The message was not sent to the store's number.");
        }
        String messageId = request.first("MessageSid")
                .or(() -> request.first("SmsSid"))
                .filter(id -> MESSAGE_ID.matcher(id).matches())
                .orElseThrow(() -> new InvalidValueException("invalid_sms", "The message has no MessageSid."));
        PhoneNumber from = PhoneNumber.parse(request.first("From").orElse(""));
        String body = request.first("Body").orElse("");
        if (body.length() > SmsSettings.MAX_LENGTH) {
            throw new InvalidValueException(
                    "sms_too_long", "An incoming SMS is at most " + SmsSettings.MAX_LENGTH + " characters.");
        }
        Instant now = clock.instant();
        // The number's row serializes its requests: a provider's retry waits for the first and then sees its id.
        SmsContactsPort.SmsContact contact = contacts.lock(from, now);
        if (inbound.seen(messageId)) {
            LOG.info(() -> "event=sms_inbound_repeated sid=" + messageId);
            return InboundOutcome.REPEATED;
        }
        admission.admit(policy.inboundPerNumber(), from.e164());
        inbound.record(messageId, now);
        Keyword keyword = current.keywords().classify(body);
        String text = mediaNote(request)
                .map(note -> body.isBlank() ? note : body + "\n" + note)
                .orElse(body);
        if (text.isBlank()) {
            text = "[empty SMS]";
        }
        // The number stays with the customer its first text reached: a profile given the number later takes nothing.
        VisitorId customer = contact.customer().orElseGet(() -> customers.customerWithPhone(from));
        if (contact.customer().isEmpty()) {
            contacts.pin(from, customer);
        }
        SmsPosted posted = conversations.post(customer, text, keyword == Keyword.NONE);
        threads.record(posted.conversation(), from, now);
        InboundOutcome outcome = InboundOutcome.STORED;
        if (keyword == Keyword.OPT_OUT && !contact.optedOut()) {
            contacts.setOptedOut(from, true, now);
            outcome = InboundOutcome.OPTED_OUT;
        } else if (keyword == Keyword.OPT_IN && contact.optedOut()) {
            contacts.setOptedOut(from, false, now);
            outcome = InboundOutcome.OPTED_IN;
        }
        if (outcome != InboundOutcome.STORED) {
            news.smsChanged(posted.conversation());
        }
        InboundOutcome result = outcome;
        LOG.info(() -> "event=sms_received sid=" + messageId + " from=" + from.masked() + " conversation="
                + posted.conversation() + " seq=" + posted.seq() + " started=" + posted.started() + " outcome="
                + result);
        return outcome;
    }

    @Override
    public void status(ProviderRequest request) {
        verified(request);
        Optional<OutgoingSmsId> id = request.url().contains("?")
                ? queryValue(request.url(), "sms").flatMap(SmsWebhookService::outgoingId)
                : Optional.empty();
        String messageId = request.first("MessageSid").orElse("");
        Optional<SmsDeliveryState> state = request.first("MessageStatus").flatMap(SmsDeliveryState::fromProviderStatus);
        if (id.isEmpty() || state.isEmpty()) {
            LOG.info(() -> "event=sms_status_ignored sid=" + cut(messageId) + " reason=unknown");
            return;
        }
        Optional<OutgoingSms> found = outgoing.findForUpdate(id.get())
                .filter(sms ->
                        sms.providerId().isEmpty() || sms.providerId().get().equals(messageId));
        if (found.isEmpty()) {
            LOG.info(() -> "event=sms_status_ignored sid=" + cut(messageId) + " reason=no_such_message");
            return;
        }
        OutgoingSms sms = found.get();
        Instant now = clock.instant();
        Optional<String> error = request.first("ErrorCode").filter(code -> !code.isBlank());
        if (sms.reported(state.get(), error, now)) {
            outgoing.update(sms);
            if (error.filter(SmsErrors.OPTED_OUT::equals).isPresent()) {
                contacts.lock(sms.to(), now);
                contacts.setOptedOut(sms.to(), true, now);
            }
            news.smsChanged(sms.conversation());
            long tookMs = java.time.Duration.between(sms.createdAt(), now).toMillis();
            LOG.info(() -> "event=sms_status sms=" + sms.id() + " state="
                    + sms.state().code() + " error=" + sms.errorCode().orElse("-") + " sinceQueuedMs=" + tookMs);
        }
    }

    /** The settings, once the request is shown to be the provider's: signed, for the store's account, SMS on. */
    private SmsSettings verified(ProviderRequest request) {
        SmsSettings current = settings.load();
        if (!current.enabled() || current.authToken().isEmpty()) {
            throw refused("sms_disabled", "SMS is turned off.");
        }
        List<String> tokens = new ArrayList<>();
        tokens.add(secrets.open(current.authToken().get(), SmsSettings.TOKEN_CONTEXT));
        current.secondaryAuthToken()
                .ifPresent(stored -> tokens.add(secrets.open(stored, SmsSettings.SECONDARY_TOKEN_CONTEXT)));
        if (!RequestSignature.matches(
                tokens, request.url(), request.parameters(), request.signature().orElse(""))) {
            LOG.warning(() ->
                    "event=sms_signature_refused signed=" + request.signature().isPresent());
            throw refused("invalid_signature", "The request's signature does not match.");
        }
        if (!request.first("AccountSid").filter(current.accountId()::equals).isPresent()) {
            throw refused("unknown_account", "The request is for another account.");
        }
        return current;
    }

    /** MMS media are not taken: the team is told how many pictures came, with the text or without one. */
    private static Optional<String> mediaNote(ProviderRequest request) {
        int media = request.first("NumMedia")
                .filter(count -> count.matches("[0-9]{1,2}"))
                .map(Integer::parseInt)
                .orElse(0);
        return media > 0
                ? Optional.of("[" + media + " picture(s) sent by MMS; Parley does not take pictures by SMS]")
                : Optional.empty();
    }

    private static Optional<String> queryValue(String url, String name) {
        String query = url.substring(url.indexOf('?') + 1);
        return AMPERSAND
                .splitAsStream(query)
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> pair.substring(name.length() + 1))
                .findFirst();
    }

    private static Optional<OutgoingSmsId> outgoingId(String value) {
        try {
            return Optional.of(OutgoingSmsId.of(value));
        } catch (IllegalArgumentException unparsable) {
            return Optional.empty();
        }
    }

    private static String cut(String value) {
        return value.length() > 64 ? value.substring(0, 64) : value;
    }

    private static SmsRequestRefusedException refused(String code, String message) {
        return new SmsRequestRefusedException(code, message);
    }
}
