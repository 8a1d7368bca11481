package dev.parley.domain.tag;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The colour of a tag's chip, from a small palette every client draws with enough contrast for its text; clients own
 * the shades, the wire carries the name.
 */
public enum TagColour {
    GREY,
    RED,
    ORANGE,
    YELLOW,
    GREEN,
    TEAL,
    BLUE,
    PURPLE,
    PINK;

    /** The colour's name on the wire, such as {@code blue}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The colour with this name.
     *
     * @throws InvalidValueException with {@code invalid_tag_colour} for a name not in the palette
     */
    public static TagColour of(String code) {
        return Arrays.stream(values())
                .filter(colour -> colour.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "invalid_tag_colour",
                        "A tag's colour is one of "
                                + Arrays.stream(values()).map(TagColour::code).collect(Collectors.joining(", "))
                                + "."));
    }
}
