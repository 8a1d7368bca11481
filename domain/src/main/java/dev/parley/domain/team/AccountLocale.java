package dev.parley.domain.team;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The language an agent's account uses for what Parley writes to them, such as the team's emails: a BCP 47 language
 * tag such as {@code pl} or {@code en-GB}. New accounts use English; whoever writes to the agent falls back to English
 * for a language it does not speak.
 *
 * @param tag the language tag as the agent chose it
 */
public record AccountLocale(String tag) {

    /** The longest tag, in characters. */
    public static final int MAX_LENGTH = 35;

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    /** The language of a new account. */
    public static final AccountLocale ENGLISH = new AccountLocale("en");

    public AccountLocale {
        Objects.requireNonNull(tag, "tag");
        if (tag.length() > MAX_LENGTH
                || !LANGUAGE_TAG.matcher(tag).matches()
                || Locale.forLanguageTag(tag).getLanguage().isEmpty()) {
            throw new InvalidValueException(
                    "invalid_locale",
                    "The locale is a BCP 47 language tag such as 'pl' or 'en-GB', at most " + MAX_LENGTH
                            + " characters.");
        }
    }

    /** The tag as a {@link Locale}. */
    public Locale toLocale() {
        return Locale.forLanguageTag(tag);
    }
}
