package dev.parley.application.sms;

import dev.parley.application.shared.port.out.SecretsPort;
import dev.parley.application.sms.port.in.SmsPolicy;
import dev.parley.application.sms.port.out.OutgoingSmsPort;
import dev.parley.application.sms.port.out.PublishSmsNewsPort;
import dev.parley.application.sms.port.out.SendSmsPort.SentSms;
import dev.parley.application.sms.port.out.SmsContactsPort;
import dev.parley.application.sms.port.out.SmsContactsPort.SmsContact;
import dev.parley.application.sms.port.out.SmsCredentials;
import dev.parley.application.sms.port.out.SmsSettingsPort;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.sms.OutgoingSms;
import dev.parley.domain.sms.OutgoingSmsId;
import dev.parley.domain.sms.SmsDeliveryState;
import dev.parley.domain.sms.SmsErrors;
import dev.parley.domain.sms.SmsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The SMS outbox's transactions: a reply claimed for one attempt (with what the attempt needs), and its outcome. A
 * reply to a number that opted out meanwhile, or queued while SMS was turned off since, fails for good with the reason;
 * so does one the provider refused.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class SmsOutbox {

    private static final Logger LOG = Logger.getLogger(SmsOutbox.class.getName());

    private OutgoingSmsPort outgoing;
    private SmsSettingsPort settings;
    private SmsContactsPort contacts;
    private SecretsPort secrets;
    private PublishSmsNewsPort news;
    private SmsPolicy policy;
    private Clock clock;

    @Inject
    public SmsOutbox(
            OutgoingSmsPort outgoing,
            SmsSettingsPort settings,
            SmsContactsPort contacts,
            SecretsPort secrets,
            PublishSmsNewsPort news,
            SmsPolicy policy,
            Clock clock) {
        this.outgoing = outgoing;
        this.settings = settings;
        this.contacts = contacts;
        this.secrets = secrets;
        this.news = news;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected SmsOutbox() {}

    /** The replies due now. */
    public List<OutgoingSmsId> due(int limit) {
        return outgoing.due(clock.instant(), limit);
    }

    /** Claims the reply for one attempt; empty when it is not due (any more) or cannot be sent at all. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = DomainException.class)
    public Optional<SmsAttempt> claim(OutgoingSmsId id) {
        Instant now = clock.instant();
        Optional<OutgoingSms> found = outgoing.findForUpdate(id).filter(sms -> sms.isDueAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OutgoingSms sms = found.get();
        if (sms.attempts() >= policy.retries().maxAttempts()) {
            // Every attempt was claimed, and the last one never recorded its outcome (its node stopped).
            refuse(sms, Optional.empty(), sms.error().orElse("no attempt left"), now);
            return Optional.empty();
        }
        SmsSettings current = settings.load();
        if (!current.enabled() || !current.isConfigured()) {
            refuse(sms, Optional.empty(), "SMS was turned off", now);
            return Optional.empty();
        }
        if (contacts.find(sms.to()).filter(SmsContact::optedOut).isPresent()) {
            refuse(sms, Optional.of(SmsErrors.OPTED_OUT), SmsErrors.describe(SmsErrors.OPTED_OUT), now);
            return Optional.empty();
        }
        String token;
        try {
            token = secrets.open(current.authToken().get(), SmsSettings.TOKEN_CONTEXT);
        } catch (RuntimeException unopened) {
            refuse(sms, Optional.empty(), "the stored auth token cannot be opened", now);
            return Optional.empty();
        }
        sms.claim(now, policy.claimLease());
        outgoing.update(sms);
        SmsCredentials credentials = new SmsCredentials(
                current.baseUrl(), current.accountId(), token, current.sender(), current.sendsThroughService());
        return Optional.of(new SmsAttempt(
                sms.id(), sms.attempts(), credentials, sms.to(), sms.body(), policy.statusUrl() + "?sms=" + sms.id()));
    }

    /** The provider took it. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = DomainException.class)
    public void sent(SmsAttempt attempt, SentSms sent) {
        current(attempt).ifPresent(sms -> {
            Instant now = clock.instant();
            sms.accepted(sent.providerId(), sent.state(), now);
            outgoing.update(sms);
            news.smsChanged(sms.conversation());
            long queuedMs = Duration.between(sms.createdAt(), now).toMillis();
            LOG.info(() -> "event=sms_sent sms=" + sms.id() + " sid=" + sent.providerId() + " attempts="
                    + sms.attempts() + " segments=" + sms.segments() + " queueToSentMs=" + queuedMs);
        });
    }

    /** The attempt failed: tried again later, or failed for good. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = DomainException.class)
    public void failed(
            SmsAttempt attempt,
            boolean retryable,
            Optional<Duration> retryAfter,
            Optional<String> errorCode,
            String why) {
        current(attempt).filter(sms -> sms.state() == SmsDeliveryState.PENDING).ifPresent(sms -> {
            Instant now = clock.instant();
            String words = errorCode.map(SmsErrors::describe).orElse(why);
            boolean givenUp = sms.failed(retryable, retryAfter, errorCode, words, now, policy.retries());
            outgoing.update(sms);
            if (errorCode.filter(SmsErrors.OPTED_OUT::equals).isPresent()) {
                contacts.lock(sms.to(), now);
                contacts.setOptedOut(sms.to(), true, now);
            }
            if (givenUp) {
                news.smsChanged(sms.conversation());
                LOG.warning(() -> "event=sms_failed sms=" + sms.id() + " attempts=" + sms.attempts() + " error="
                        + errorCode.orElse("-") + " why=\"" + why + "\"");
            } else {
                LOG.warning(() -> "event=sms_retry sms=" + sms.id() + " attempt=" + sms.attempts() + " next="
                        + sms.nextAttemptAt() + " why=\"" + why + "\"");
            }
        });
    }

    private Optional<OutgoingSms> current(SmsAttempt attempt) {
        Optional<OutgoingSms> found = outgoing.findForUpdate(attempt.id())
                .filter(sms ->
                        sms.attempts() == attempt.attempt() && sms.providerId().isEmpty());
        if (found.isEmpty()) {
            LOG.warning(() -> "event=sms_outcome_ignored sms=" + attempt.id() + " attempt=" + attempt.attempt()
                    + " reason=superseded");
        }
        return found;
    }

    private void refuse(OutgoingSms sms, Optional<String> code, String why, Instant now) {
        sms.refuse(code, why, now);
        outgoing.update(sms);
        news.smsChanged(sms.conversation());
        LOG.warning(() -> "event=sms_refused sms=" + sms.id() + " why=\"" + why + "\"");
    }

    /**
     * One claimed attempt.
     *
     * @param attempt which attempt this is, from 1
     * @param statusCallback where the provider reports the message's states
     */
    public record SmsAttempt(
            OutgoingSmsId id,
            int attempt,
            SmsCredentials credentials,
            PhoneNumber to,
            String body,
            String statusCallback) {

        @Override
        public String toString() {
            return "SmsAttempt[" + id + ", " + attempt + "]";
        }
    }
}
