package dev.parley.domain.tag;

import dev.parley.domain.shared.DisplayText;
import dev.parley.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.Objects;

/**
 * What a tag reads: 1 to {@value #MAX_LENGTH} characters after trimming, plain text on one line. Two tags may not
 * have names that differ only in case ({@link #key()}).
 *
 * @param value the trimmed name
 */
public record TagName(String value) {

    /** The longest name, in characters. */
    public static final int MAX_LENGTH = 40;

    /**
     * @throws InvalidValueException with {@code invalid_tag_name} when empty after trimming, longer than {@value
     *     #MAX_LENGTH} characters or on several lines
     */
    public TagName {
        Objects.requireNonNull(value, "tag name");
        value = DisplayText.clean(value);
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(
                    "invalid_tag_name",
                    "A tag's name is 1 to " + MAX_LENGTH + " characters on one line; this one has " + value.length()
                            + ".");
        }
    }

    /** The name as compared for uniqueness: in lower case, so that "VIP" and "vip" are the same name. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }
}
