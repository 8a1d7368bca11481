package dev.parley.domain.assistant;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A passage of the store's knowledge as a language model is given it: under an id it cites it by ({@code P1} to
 * {@code P4}), with the source it comes from and its text.
 *
 * @param id the passage's id in one prompt, {@code P} and a number
 * @param source the FAQ or article the passage belongs to, with its title and link
 * @param text the passage's text
 */
public record GroundingPassage(String id, Source source, String text) {

    private static final Pattern ID = Pattern.compile("P[1-9][0-9]?");

    public GroundingPassage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A passage's id is P and a number");
        }
    }

    /** The passage of a search's hit, under id {@code P<number>}. */
    public static GroundingPassage of(int number, Hit hit) {
        return new GroundingPassage("P" + number, Source.of(hit.entry()), hit.passage());
    }
}
