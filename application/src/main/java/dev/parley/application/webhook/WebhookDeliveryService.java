package dev.parley.application.webhook;

import dev.parley.application.webhook.port.in.DeliverWebhooksUseCase;
import dev.parley.application.webhook.port.out.SendWebhookPort;
import dev.parley.application.webhook.port.out.WebhookNotSentException;
import dev.parley.domain.webhook.WebhookDelivery;
import dev.parley.domain.webhook.WebhookDeliveryId;
import dev.parley.domain.webhook.WebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers due webhooks: for each, a claim (its own transaction), the signed request (no transaction), then the
 * outcome (another transaction). Every attempt of an event sends the same {@code webhook-id} and the same body bytes,
 * with this attempt's timestamp and signatures over exactly those bytes.
 */
@ApplicationScoped
public class WebhookDeliveryService implements DeliverWebhooksUseCase {

    /** What Parley sends as its User-Agent. */
    public static final String USER_AGENT = "Parley-Webhooks/1.0";

    private WebhookOutbox outbox;
    private SendWebhookPort sender;
    private Clock clock;

    @Inject
    public WebhookDeliveryService(WebhookOutbox outbox, SendWebhookPort sender, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected WebhookDeliveryService() {}

    @Override
    public int deliverDue() {
        int attempted = 0;
        for (WebhookDelivery due : outbox.due()) {
            if (attempt(due.id())) {
                attempted++;
            }
        }
        return attempted;
    }

    @Override
    public int purgeOld() {
        return outbox.purgeOld();
    }

    /**
     * Claims the delivery and sends it once, if it is due.
     *
     * @return whether an attempt was made
     */
    boolean attempt(WebhookDeliveryId id) {
        Optional<WebhookAttempt> claimed = outbox.claim(id);
        if (claimed.isEmpty()) {
            return false;
        }
        WebhookAttempt attempt = claimed.get();
        byte[] body = attempt.event().bytes();
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", USER_AGENT);
        headers.put("webhook-id", attempt.event().id());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put(
                "webhook-signature", WebhookSignature.header(attempt.event().id(), timestamp, body, attempt.secrets()));
        int status;
        try {
            status = sender.post(attempt.url(), headers, body);
        } catch (WebhookNotSentException notSent) {
            outbox.failed(attempt, Optional.empty(), notSent.getMessage());
            return true;
        }
        if (status >= 200 && status < 300) {
            outbox.delivered(attempt, status);
        } else {
            outbox.failed(attempt, Optional.of(status), "the receiver answered " + status);
        }
        return true;
    }
}
