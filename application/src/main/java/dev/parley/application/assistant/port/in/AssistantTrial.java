package dev.parley.application.assistant.port.in;

import dev.parley.application.conversation.port.in.CitationView;
import dev.parley.domain.shared.HandoffReason;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the AI agent would do with a question in the test console.
 *
 * @param outcome whether it answers, offers choices or hands off
 * @param text what it would write to the visitor: the answer, or its "Did you mean…" line; empty when it hands off
 * @param sources what it would cite (for choices: one per choice, without links), at most three
 * @param confidence how sure the gates are, from 0 to 1 (0 when it hands off before searching)
 * @param why in a few plain words, why
 * @param handoff why it would hand off; present exactly when the outcome is {@link Outcome#HANDOFF}
 */
public record AssistantTrial(
        Outcome outcome,
        Optional<String> text,
        List<CitationView> sources,
        double confidence,
        String why,
        Optional<HandoffReason> handoff) {

    /** What the AI agent would do. */
    public enum Outcome {
        ANSWER,
        CHOICES,
        HANDOFF
    }

    public AssistantTrial {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(handoff, "handoff");
        if ((outcome == Outcome.HANDOFF) != handoff.isPresent()) {
            throw new IllegalArgumentException("Exactly a handoff has a reason");
        }
    }
}
