package dev.parley.domain.assistant;

import dev.parley.domain.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a visitor can read more of a knowledge article: the page of the store's it comes from, a full {@code http} or
 * {@code https} address with a host and no user name, at most {@value #MAX_LENGTH} characters long. The assistant
 * shows it beside an answer taken from the article.
 *
 * @param value the address, trimmed
 */
public record ArticleLink(String value) {

    /** The longest link, in characters. */
    public static final int MAX_LENGTH = 2_000;

    /**
     * @throws InvalidValueException with {@code invalid_article_link} when it is no full web address, or longer than
     *     {@value #MAX_LENGTH} characters
     */
    public ArticleLink {
        Objects.requireNonNull(value, "article link");
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "invalid_article_link",
                    "An article's link can be at most " + MAX_LENGTH + " characters long; this one has "
                            + value.length() + ".");
        }
        if (!isWebAddress(value)) {
            throw new InvalidValueException(
                    "invalid_article_link",
                    "An article's link must be a full web address that starts with http:// or https://, such as"
                            + " https://shop.example.com/shipping.");
        }
    }

    private static boolean isWebAddress(String text) {
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException notAUri) {
            return false;
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
                && !url.isOpaque()
                && url.getHost() != null
                && url.getRawUserInfo() == null;
    }
}
