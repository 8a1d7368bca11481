package dev.parley.application.assistant.port.in;

import dev.parley.domain.assistant.Answer;
import dev.parley.domain.assistant.Hit;
import java.util.List;
import java.util.Objects;

/**
 * What the store's knowledge says to a question: the gates' answer, and the passages the search found, best first.
 *
 * @param answer what the gates decided from the passages
 * @param passages the passages found, best first
 */
public record Consultation(Answer answer, List<Hit> passages) {

    public Consultation {
        Objects.requireNonNull(answer, "answer");
        passages = List.copyOf(passages);
    }
}
