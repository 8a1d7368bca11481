package dev.parley.application.sms;

import dev.parley.application.sms.SmsOutbox.SmsAttempt;
import dev.parley.application.sms.port.in.DeliverSmsUseCase;
import dev.parley.application.sms.port.out.SendSmsPort;
import dev.parley.application.sms.port.out.SendSmsPort.SentSms;
import dev.parley.application.sms.port.out.SmsNotSentException;
import dev.parley.domain.sms.OutgoingSmsId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Sends queued replies: claims one (a transaction), calls the provider (none, so that no row stays locked while the
 * provider is slow), records the outcome (a transaction).
 */
@ApplicationScoped
public class SmsDeliveryService implements DeliverSmsUseCase {

    private SmsOutbox outbox;
    private SendSmsPort provider;

    @Inject
    public SmsDeliveryService(SmsOutbox outbox, SendSmsPort provider) {
        this.outbox = outbox;
        this.provider = provider;
    }

    /** For CDI proxies only. */
    protected SmsDeliveryService() {}

    @Override
    public List<OutgoingSmsId> due(int limit) {
        return outbox.due(limit);
    }

    @Override
    public void attempt(OutgoingSmsId id) {
        Optional<SmsAttempt> claimed = outbox.claim(id);
        if (claimed.isEmpty()) {
            return;
        }
        SmsAttempt attempt = claimed.get();
        SentSms sent;
        try {
            sent = provider.send(attempt.credentials(), attempt.to(), attempt.body(), attempt.statusCallback());
        } catch (SmsNotSentException failed) {
            // Refused credentials are tried again: during a token rotation the provider may have promoted the new
            // token before the store typed it here, and a reply should survive that window.
            boolean retryable = failed.retryable()
                    || failed.status().filter(status -> status == 401).isPresent();
            outbox.failed(attempt, retryable, failed.retryAfter(), failed.errorCode(), failed.getMessage());
            return;
        } catch (RuntimeException unexpected) {
            // An answer of a shape Parley did not expect: a failed attempt, tried again, never left pending.
            outbox.failed(
                    attempt,
                    true,
                    Optional.empty(),
                    Optional.empty(),
                    "unexpected " + unexpected.getClass().getSimpleName());
            return;
        }
        outbox.sent(attempt, sent);
    }
}
