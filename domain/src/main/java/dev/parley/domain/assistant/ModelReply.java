package dev.parley.domain.assistant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a language model replied, read from the JSON it was asked for: {@code {"answer": "...", "citations": ["P1"]}},
 * or {@code {"answer": null}} when its passages do not answer the question. Not yet checked: see {@link
 * GroundingCheck}.
 *
 * @param answer the answer's text; empty when the model says the passages do not answer
 * @param citations the ids of the passages the model says the answer comes from, as it wrote them
 */
public record ModelReply(Optional<String> answer, List<String> citations) {

    public ModelReply {
        Objects.requireNonNull(answer, "answer");
        citations = List.copyOf(citations);
    }

    /** The model says the passages do not answer the question. */
    public static ModelReply declined() {
        return new ModelReply(Optional.empty(), List.of());
    }
}
