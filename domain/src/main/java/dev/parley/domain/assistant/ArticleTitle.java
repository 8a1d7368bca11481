package dev.parley.domain.assistant;

import dev.parley.domain.shared.DisplayText;
import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * What a knowledge article is called: 1 to {@value #MAX_LENGTH} characters of plain text on one line, cleaned like
 * every shown name ({@link DisplayText#clean}).
 *
 * @param value the cleaned title
 */
public record ArticleTitle(String value) {

    /** The longest title, in characters. */
    public static final int MAX_LENGTH = 200;

    /**
     * @throws InvalidValueException with {@code invalid_article_title} when empty after cleaning, longer than {@value
     *     #MAX_LENGTH} characters or on several lines
     */
    public ArticleTitle {
        Objects.requireNonNull(value, "article title");
        value = DisplayText.clean(value);
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(
                    "invalid_article_title",
                    "An article's title is 1 to " + MAX_LENGTH + " characters on one line; this one has "
                            + value.length() + ".");
        }
    }
}
