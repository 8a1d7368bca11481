package dev.parley.application.sms;

import dev.parley.application.sms.port.out.CallWebhookPort;
import dev.parley.application.sms.port.out.SendSmsPort;
import dev.parley.application.sms.port.out.SmsCredentials;
import dev.parley.application.sms.port.out.SmsNotSentException;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.sms.SmsDeliveryState;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The provider's side of the wire. As the Messages API it answers what the test scripted (a message taken under the next
 * {@code SM…} id by default) and records every call; as a caller of Parley's webhooks it records every signed form and
 * answers with what the test routes it to (200 by default).
 */
final class FakeProvider implements SendSmsPort, CallWebhookPort {

    /** One call to the Messages API. */
    record Sent(SmsCredentials credentials, PhoneNumber to, String body, String statusCallback) {}

    /** One call to a webhook. */
    record Posted(String url, Map<String, List<String>> form, String signature) {}

    final List<Sent> sent = new ArrayList<>();
    final List<Posted> posted = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private int taken;

    /** What happens while the provider holds the call, before it answers (a status callback that overtakes it). */
    Runnable whileSending = () -> {};

    /** Parley's answer to a webhook call; empty when it did not answer in time. */
    Function<Posted, Optional<Integer>> webhook = call -> Optional.of(200);

    /** The next call is taken under this id, in this state. */
    FakeProvider takes(String providerId, SmsDeliveryState state) {
        answers.add(new SentSms(providerId, state));
        return this;
    }

    /** The next call fails so. */
    FakeProvider fails(SmsNotSentException failure) {
        answers.add(failure);
        return this;
    }

    /** The next call ends in an answer Parley did not expect. */
    FakeProvider breaks(RuntimeException unexpected) {
        answers.add(unexpected);
        return this;
    }

    static SmsNotSentException refused(int status, String code) {
        return new SmsNotSentException(
                "refused with " + status, false, Optional.of(code), Optional.of(status), Optional.empty());
    }

    static SmsNotSentException unavailable(int status, Optional<Duration> retryAfter) {
        return new SmsNotSentException(
                "the provider answered " + status, true, Optional.empty(), Optional.of(status), retryAfter);
    }

    static SmsNotSentException unreachable() {
        return new SmsNotSentException(
                "no answer within 10 s", true, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public SentSms send(SmsCredentials credentials, PhoneNumber to, String body, String statusCallback) {
        sent.add(new Sent(credentials, to, body, statusCallback));
        whileSending.run();
        Object answer = answers.poll();
        if (answer == null) {
            taken++;
            return new SentSms("SM" + String.format("%032d", taken), SmsDeliveryState.QUEUED);
        }
        if (answer instanceof RuntimeException failure) {
            throw failure;
        }
        return (SentSms) answer;
    }

    @Override
    public Optional<Integer> post(String url, Map<String, List<String>> form, String signature) {
        Posted call = new Posted(url, Map.copyOf(form), signature);
        posted.add(call);
        return webhook.apply(call);
    }
}
