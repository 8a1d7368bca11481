package dev.parley.application.sms.port.in;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request from the SMS provider, as received: the URL it was signed for (Parley's public URL, the path and the raw
 * query, never the URL it arrived on, which a proxy may have changed), its form parameters untouched, and its
 * signature.
 *
 * @param url {@code PARLEY_PUBLIC_URL} + path + {@code ?} + raw query
 * @param parameters the form parameters, each name's values in the order received
 * @param signature the {@code X-Twilio-Signature} header, when present
 */
public record ProviderRequest(String url, Map<String, List<String>> parameters, Optional<String> signature) {

    public ProviderRequest {
        Objects.requireNonNull(url, "url");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(signature, "signature");
    }

    /** The parameter's first value. */
    public Optional<String> first(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
