package dev.parley.server;

import dev.parley.application.assistant.port.out.LanguageModelConfiguration;
import dev.parley.application.assistant.port.out.LanguageModelConfiguration.Endpoint;
import dev.parley.application.settings.port.in.LanguageModelAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's language model for the AI agent, from configuration, read and logged once at start-up:
 *
 * <ul>
 *   <li>{@code PARLEY_AI_BASE_URL}: the OpenAI-compatible API's base URL, {@code http} or {@code https} (such as
 *       {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}); none, no model;
 *   <li>{@code PARLEY_AI_API_KEY}: its bearer key, optional for a local server; never logged, never returned;
 *   <li>{@code PARLEY_AI_MODEL}: the model's name;
 *   <li>{@code PARLEY_AI_TIMEOUT} (default {@code 10s}), {@code PARLEY_AI_MAX_ANSWER_LENGTH} (1200 characters, 100 to
 *       4000), {@code PARLEY_AI_BREAKER_FAILURES} (5) and {@code PARLEY_AI_BREAKER_COOL_DOWN} ({@code 5m}).
 * </ul>
 *
 * <p>A base URL that is not an {@code http} or {@code https} address (or carries a user name), or one without a model,
 * is refused with an error in the log, and no model is available: the store can then only answer with the built-in
 * search. Numbers and durations that break their rules stop the start, as Parley's other limits do.
 */
@ApplicationScoped
public class AiConfiguration {

    private static final Logger LOG = Logger.getLogger(AiConfiguration.class.getName());

    private LanguageModelConfiguration configuration;

    @Inject
    public AiConfiguration(
            @ConfigProperty(name = "parley.ai.base-url") Optional<String> baseUrl,
            @ConfigProperty(name = "parley.ai.api-key") Optional<String> apiKey,
            @ConfigProperty(name = "parley.ai.model") Optional<String> model,
            @ConfigProperty(name = "parley.ai.timeout", defaultValue = "10s") String timeout,
            @ConfigProperty(name = "parley.ai.max-answer-length", defaultValue = "1200") int maxAnswerLength,
            @ConfigProperty(name = "parley.ai.breaker-failures", defaultValue = "5") int breakerFailures,
            @ConfigProperty(name = "parley.ai.breaker-cool-down", defaultValue = "5m") String breakerCoolDown) {
        this.configuration = read(baseUrl, apiKey, model, timeout, maxAnswerLength, breakerFailures, breakerCoolDown);
    }

    /** For CDI proxies only. */
    protected AiConfiguration() {}

    /** Reads the configuration at start-up, so that a refused one is in the log at once. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        LOG.fine(() -> "event=language_model_read available="
                + configuration.endpoint().isPresent());
    }

    @Produces
    LanguageModelConfiguration languageModel() {
        return configuration;
    }

    @Produces
    LanguageModelAvailability languageModelAvailability() {
        return new LanguageModelAvailability(configuration.endpoint().map(Endpoint::model));
    }

    /** The configuration as the properties give it; logs what it made of them, never the key. */
    static LanguageModelConfiguration read(
            Optional<String> baseUrl,
            Optional<String> apiKey,
            Optional<String> model,
            String timeout,
            int maxAnswerLength,
            int breakerFailures,
            String breakerCoolDown) {
        if (maxAnswerLength < 100 || maxAnswerLength > 4000) {
            throw new IllegalArgumentException(
                    "parley.ai.max-answer-length must lie between 100 and 4000: " + maxAnswerLength);
        }
        if (breakerFailures < 1 || breakerFailures > 1000) {
            throw new IllegalArgumentException(
                    "parley.ai.breaker-failures must lie between 1 and 1000: " + breakerFailures);
        }
        Duration wait = UploadConfiguration.duration("parley.ai.timeout", timeout);
        Duration coolDown = UploadConfiguration.duration("parley.ai.breaker-cool-down", breakerCoolDown);
        LanguageModelConfiguration none =
                new LanguageModelConfiguration(Optional.empty(), maxAnswerLength, breakerFailures, coolDown);
        Optional<String> base = baseUrl.map(String::strip).filter(text -> !text.isEmpty());
        Optional<String> name = model.map(String::strip).filter(text -> !text.isEmpty());
        Optional<String> key = apiKey.map(String::strip).filter(text -> !text.isEmpty());
        if (base.isEmpty() && name.isEmpty()) {
            LOG.info("event=language_model_off hint=\"set PARLEY_AI_BASE_URL and PARLEY_AI_MODEL to let stores"
                    + " answer with a language model\"");
            return none;
        }
        if (base.isEmpty()) {
            return refused(none, "base_url_missing", "PARLEY_AI_MODEL is set but PARLEY_AI_BASE_URL is not");
        }
        Optional<URI> url = httpUrl(base.get());
        if (url.isEmpty()) {
            return refused(
                    none,
                    "base_url_not_http",
                    "PARLEY_AI_BASE_URL must be an http or https address without a user name, such as"
                            + " https://api.openai.com/v1 or http://localhost:11434/v1");
        }
        if (name.isEmpty()) {
            return refused(none, "model_missing", "PARLEY_AI_BASE_URL is set but PARLEY_AI_MODEL is not");
        }
        Endpoint endpoint = new Endpoint(url.get(), key, name.get(), wait);
        LOG.info(() -> "event=language_model_configured host=" + url.get().getHost() + " model=" + name.get()
                + " key=" + (key.isPresent() ? "set" : "none") + " timeout_ms=" + wait.toMillis()
                + " max_answer_length=" + maxAnswerLength + " breaker_failures=" + breakerFailures
                + " breaker_cool_down_s=" + coolDown.toSeconds());
        return new LanguageModelConfiguration(Optional.of(endpoint), maxAnswerLength, breakerFailures, coolDown);
    }

    /** The base URL, when it is an {@code http} or {@code https} address with a host and no user name. */
    static Optional<URI> httpUrl(String text) {
        try {
            URI url = new URI(text);
            String scheme = Optional.ofNullable(url.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || url.getHost() == null
                    || url.getRawUserInfo() != null
                    || url.getRawQuery() != null
                    || url.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(url);
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    private static LanguageModelConfiguration refused(LanguageModelConfiguration none, String reason, String hint) {
        LOG.severe(() -> "event=language_model_refused reason=" + reason + " hint=\"" + hint
                + "; the AI agent answers with the built-in search only\"");
        return none;
    }
}
