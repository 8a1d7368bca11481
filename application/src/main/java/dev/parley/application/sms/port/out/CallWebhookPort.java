package dev.parley.application.sms.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Posts a signed form to a webhook as a Twilio-compatible provider does ({@code X-Twilio-Signature}); how demo mode's
 * fake provider reaches Parley's own SMS webhooks. Called outside any transaction. Driven.
 */
public interface CallWebhookPort {

    /** Parley's HTTP status; empty when it did not answer in time. */
    Optional<Integer> post(String url, Map<String, List<String>> form, String signature);
}
