package dev.parley.domain.assistant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the assistant makes of a question, with why, so that the admin's test console can show it.
 *
 * @param kind an answer, choices or none
 * @param text the answer's text; empty unless {@link AnswerKind#ANSWER}
 * @param sources what the answer comes from (for choices: one per choice, in order)
 * @param confidence how sure the gates are, from 0 to 1; not a probability
 * @param why in a few plain words, why it answered, offered choices or did not
 */
public record Answer(AnswerKind kind, Optional<String> text, List<Source> sources, double confidence, String why) {

    public Answer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        Objects.requireNonNull(why, "why");
        if ((kind == AnswerKind.ANSWER) != text.isPresent()) {
            throw new IllegalArgumentException("Exactly an answer has a text");
        }
        if (kind == AnswerKind.CHOICES && sources.size() < 2) {
            throw new IllegalArgumentException("Choices offer two or more sources");
        }
    }

    public static Answer none(String why) {
        return new Answer(AnswerKind.NO_ANSWER, Optional.empty(), List.of(), 0, why);
    }
}
