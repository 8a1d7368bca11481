package dev.parley.application.assistant.port.out;

import java.util.Objects;

/**
 * The language model gave no reply that can be read: it did not answer in time, its endpoint answered an error or
 * could not be reached, or its reply is not the JSON it was asked for. Never carries the endpoint's key, nor the
 * model's text.
 */
public class LanguageModelFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * A failure.
     *
     * @param reason a short stable code for the log, such as {@code timeout}, {@code http_500} or {@code not_json}
     */
    public LanguageModelFailedException(String reason) {
        super("The language model failed: " + Objects.requireNonNull(reason, "reason"));
        this.reason = reason;
    }

    /** A short stable code for the log, such as {@code timeout}, {@code http_500} or {@code not_json}. */
    public String reason() {
        return reason;
    }
}
