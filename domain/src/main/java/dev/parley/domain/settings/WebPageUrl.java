package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The rules for links to the store's own pages, such as its privacy policy: a full {@code http} or {@code https}
 * address with a host, at most {@value #MAX_LENGTH} characters long.
 */
public final class WebPageUrl {

    /** The longest link, in characters. */
    public static final int MAX_LENGTH = 2_000;

    private WebPageUrl() {}

    /**
     * Reads a link typed by a person.
     *
     * @throws InvalidValueException when the text is not a full web address
     */
    public static URI parse(String text) {
        Objects.requireNonNull(text, "link");
        String stripped = text.strip();
        checkLength(stripped.length(), "The link");
        try {
            return require(new URI(stripped), "The link");
        } catch (URISyntaxException notAUri) {
            throw notAWebAddress("The link");
        }
    }

    /**
     * Checks that a link is a full web address.
     *
     * @param what how to name the link in the error message, e.g. "The privacy policy link"
     * @throws InvalidValueException when it is not
     */
    static URI require(URI url, String what) {
        Objects.requireNonNull(url, "link");
        checkLength(url.toString().length(), what);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean web = scheme.equals("http") || scheme.equals("https");
        if (!web || url.isOpaque() || url.getHost() == null || url.getRawUserInfo() != null) {
            throw notAWebAddress(what);
        }
        return url;
    }

    private static void checkLength(int length, String what) {
        if (length > MAX_LENGTH) {
            throw new InvalidValueException(
                    "url_too_long",
                    what + " can be at most " + MAX_LENGTH + " characters long; this one has " + length + ".");
        }
    }

    private static InvalidValueException notAWebAddress(String what) {
        return new InvalidValueException(
                "invalid_url",
                what + " must be a full web address that starts with http://"
                        + " or https://, such as https://shop.example.com/privacy.");
    }
}
