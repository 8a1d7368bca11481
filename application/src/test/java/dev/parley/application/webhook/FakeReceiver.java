package dev.parley.application.webhook;

import dev.parley.application.webhook.port.out.SendWebhookPort;
import dev.parley.application.webhook.port.out.WebhookNotSentException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.webhook.WebhookUrl;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** A receiver that answers as scripted (a status, or -1 for no answer), and records every request. */
final class FakeReceiver implements SendWebhookPort {

    /** One request as received; the body as a list of its bytes' values, exactly as sent. */
    record Request(WebhookUrl url, Map<String, String> headers, List<Byte> bytes) {

        byte[] body() {
            byte[] body = new byte[bytes.size()];
            for (int i = 0; i < body.length; i++) {
                body[i] = bytes.get(i);
            }
            return body;
        }
    }

    final List<Request> requests = new ArrayList<>();
    final Deque<Integer> answers = new ArrayDeque<>();
    String refusedHost = "10.0.0.1";

    @Override
    public void requireAllowed(WebhookUrl url) {
        if (url.host().equals(refusedHost)) {
            throw new InvalidValueException("webhook_address_refused", "private address");
        }
    }

    @Override
    public int post(WebhookUrl url, Map<String, String> headers, byte[] body) {
        List<Byte> bytes = new ArrayList<>(body.length);
        for (byte b : body) {
            bytes.add(b);
        }
        requests.add(new Request(url, Map.copyOf(headers), List.copyOf(bytes)));
        int answer = answers.isEmpty() ? 200 : answers.poll();
        if (answer < 0) {
            throw new WebhookNotSentException("timed out after 10 s");
        }
        return answer;
    }
}
