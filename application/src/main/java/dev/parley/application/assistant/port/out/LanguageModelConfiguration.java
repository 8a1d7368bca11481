package dev.parley.application.assistant.port.out;

import dev.parley.domain.assistant.GroundingCheck;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The operator's language model, from configuration: where it is and how long it may take (for the adapter), how
 * long its answers may be and when to stop asking it after failures (for the AI agent).
 *
 * @param endpoint the model; empty when none is configured (or its configuration was refused)
 * @param maxAnswerLength the longest answer shown, in characters
 * @param breakerFailures after how many failures in a row the AI agent stops asking the model for a while
 * @param breakerCoolDown how long it then answers with the built-in search alone
 */
public record LanguageModelConfiguration(
        Optional<Endpoint> endpoint, int maxAnswerLength, int breakerFailures, Duration breakerCoolDown) {

    /** The default failures in a row before the AI agent stops asking the model. */
    public static final int DEFAULT_BREAKER_FAILURES = 5;

    /** The default time it then answers with the built-in search alone. */
    public static final Duration DEFAULT_BREAKER_COOL_DOWN = Duration.ofMinutes(5);

    /** The default time a model may take to reply. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Where the model is.
     *
     * @param baseUrl the API's base URL, {@code http} or {@code https}, such as {@code https://api.openai.com/v1};
     *     {@code /chat/completions} is added to it
     * @param apiKey the bearer key; empty for a local server that needs none. Never logged, never shown
     * @param model the model's name, such as {@code gpt-4o-mini}
     * @param timeout how long a reply may take, connecting included
     */
    public record Endpoint(URI baseUrl, Optional<String> apiKey, String model, Duration timeout) {

        public Endpoint {
            Objects.requireNonNull(baseUrl, "base URL");
            Objects.requireNonNull(apiKey, "API key");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(timeout, "timeout");
            String scheme = Optional.ofNullable(baseUrl.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
                throw new IllegalArgumentException("A language model's base URL is an http or https address");
            }
            if (baseUrl.getRawUserInfo() != null) {
                throw new IllegalArgumentException("A language model's base URL has no user name or password");
            }
            if (model.isBlank()) {
                throw new IllegalArgumentException("A language model has a name");
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("A language model's timeout is positive");
            }
        }

        /** Without the key, which is never written anywhere. */
        @Override
        public String toString() {
            return "Endpoint[baseUrl=" + baseUrl + ", apiKey=" + (apiKey.isPresent() ? "(set)" : "(none)") + ", model="
                    + model + ", timeout=" + timeout + "]";
        }
    }

    public LanguageModelConfiguration {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(breakerCoolDown, "cool-down");
        if (maxAnswerLength < 1) {
            throw new IllegalArgumentException("An answer may be at least one character long");
        }
        if (breakerFailures < 1) {
            throw new IllegalArgumentException("The breaker opens after at least one failure");
        }
        if (breakerCoolDown.isNegative() || breakerCoolDown.isZero()) {
            throw new IllegalArgumentException("The breaker's cool-down is positive");
        }
    }

    /** No language model: the AI agent answers with the built-in search alone. */
    public static LanguageModelConfiguration none() {
        return new LanguageModelConfiguration(
                Optional.empty(),
                GroundingCheck.DEFAULT_MAX_ANSWER_LENGTH,
                DEFAULT_BREAKER_FAILURES,
                DEFAULT_BREAKER_COOL_DOWN);
    }
}
