package dev.parley.domain.assistant;

import dev.parley.domain.shared.DisplayText;
import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * The text of a knowledge article: plain text of 1 to {@value #MAX_LENGTH} characters, on as many lines as it needs. A
 * line starting with {@code #} is a heading: the assistant answers from one section (a heading and the text under it)
 * at a time.
 *
 * <p>Cleaned when made, so that what the assistant quotes is what the admin sees: line breaks are {@code \n} (a
 * {@code \r\n} or a lone {@code \r} becomes one), the characters that reorder or hide text are removed ({@link
 * DisplayText#clean}), and so are the control characters other than line breaks and tabs, which show nothing; outer
 * white space is trimmed.
 *
 * @param value the cleaned text
 */
public record ArticleBody(String value) {

    /** The longest text, in characters. */
    public static final int MAX_LENGTH = 20_000;

    /**
     * @throws InvalidValueException with {@code invalid_article_body} when empty after cleaning, {@code
     *     article_body_too_long} when longer than {@value #MAX_LENGTH} characters
     */
    public ArticleBody {
        Objects.requireNonNull(value, "article body");
        value = clean(value);
        if (value.isEmpty()) {
            throw new InvalidValueException("invalid_article_body", "An article needs some text.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "article_body_too_long",
                    "An article's text can be at most " + MAX_LENGTH + " characters long; this one has "
                            + value.length() + ".");
        }
    }

    private static String clean(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder shown = new StringBuilder(lines.length());
        lines.codePoints()
                .filter(point -> point == '\n' || point == '\t' || !Character.isISOControl(point))
                .forEach(shown::appendCodePoint);
        return DisplayText.clean(shown.toString());
    }
}
