package dev.parley.application.settings.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether the operator configured a language model for the AI agent ({@code PARLEY_AI_BASE_URL}, {@code
 * PARLEY_AI_MODEL}), and which: a store may choose to answer with it only then. Holds the model's name only, never its
 * address or key.
 *
 * @param model the configured model's name, such as {@code gpt-4o-mini}; empty when none is configured
 */
public record LanguageModelAvailability(Optional<String> model) {

    public LanguageModelAvailability {
        Objects.requireNonNull(model, "model");
    }

    /** No language model is configured. */
    public static LanguageModelAvailability none() {
        return new LanguageModelAvailability(Optional.empty());
    }

    /** Whether a language model is configured. */
    public boolean configured() {
        return model.isPresent();
    }
}
