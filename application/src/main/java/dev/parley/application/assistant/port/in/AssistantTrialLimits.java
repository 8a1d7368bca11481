package dev.parley.application.assistant.port.in;

import dev.parley.domain.shared.RateLimit;
import java.util.Objects;

/**
 * How many questions an admin may try in the test console: each searches the store's knowledge (and may rebuild its
 * index), so a script in a loop should meet a limit, while an admin trying phrasings by hand never does.
 *
 * @param perAdmin {@value #PER_ADMIN}: questions one admin may try
 */
public record AssistantTrialLimits(RateLimit perAdmin) {

    /** The limit's name. */
    public static final String PER_ADMIN = "assistant_trials_per_admin";

    /** Its default: a question every two seconds for a minute. */
    public static final String DEFAULT_PER_ADMIN = "30/1m";

    public AssistantTrialLimits {
        Objects.requireNonNull(perAdmin, "assistant trials per admin");
    }
}
