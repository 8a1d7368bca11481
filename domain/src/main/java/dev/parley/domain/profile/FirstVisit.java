package dev.parley.domain.profile;

import dev.parley.domain.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the widget tells of an anonymous visitor when they connect: their language and the page they are on. A
 * profile keeps the first of each it is told.
 *
 * @param locale a BCP 47 language tag such as {@code pl-PL} (at most 35 characters)
 * @param page an absolute http(s) address (at most 2,000 characters)
 */
public record FirstVisit(Optional<String> locale, Optional<String> page) {

    public static final int MAX_LOCALE = 35;
    public static final int MAX_PAGE = 2_000;

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    public FirstVisit {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(page, "page");
        locale.ifPresent(FirstVisit::checkLocale);
        page.ifPresent(FirstVisit::checkPage);
    }

    public static FirstVisit nothing() {
        return new FirstVisit(Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return locale.isEmpty() && page.isEmpty();
    }

    private static void checkLocale(String tag) {
        if (tag.length() > MAX_LOCALE
                || !LANGUAGE_TAG.matcher(tag).matches()
                || Locale.forLanguageTag(tag).getLanguage().isEmpty()) {
            throw new InvalidValueException(
                    "invalid_locale",
                    "The locale is a BCP 47 language tag such as 'pl-PL', at most " + MAX_LOCALE + " characters.");
        }
    }

    private static void checkPage(String address) {
        boolean valid;
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            valid = address.length() <= MAX_PAGE
                    && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException notAnAddress) {
            valid = false;
        }
        if (!valid) {
            throw new InvalidValueException(
                    "invalid_page", "The page is a full http(s) address of at most " + MAX_PAGE + " characters.");
        }
    }
}
