package dev.parley.domain.assistant;

import dev.parley.domain.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The address of one of the store's pages to import into a knowledge article: a full {@code http} or {@code https}
 * address with a host and no user name, at most {@value ArticleLink#MAX_LENGTH} characters long (it becomes the
 * article's link). It is kept normalised, so that the same page always has the same address: scheme and host in lower
 * case, no default port ({@code :80} for http, {@code :443} for https), {@code /} for an empty path, no fragment.
 *
 * @param value the normalised address
 */
public record PageAddress(String value) {

    /**
     * @throws InvalidValueException with {@code invalid_import_url} when it is no such address
     */
    public PageAddress {
        Objects.requireNonNull(value, "page address");
        value = normalise(value.strip());
    }

    /** The page's origin, as browsers write it: {@code https://shop.example.com} or {@code http://localhost:8080}. */
    public String origin() {
        URI url = URI.create(value);
        return url.getScheme() + "://" + url.getRawAuthority();
    }

    /** The path and query of the page, as a robots.txt rule is matched against them: {@code /returns?lang=pl}. */
    public String pathAndQuery() {
        URI url = URI.create(value);
        return url.getRawQuery() == null ? url.getRawPath() : url.getRawPath() + "?" + url.getRawQuery();
    }

    /** The page's host name or address, as written: {@code shop.example.com}, {@code 192.0.2.7}, {@code [::1]}. */
    public String host() {
        return URI.create(value).getHost();
    }

    /** Whether the other page is on the same origin (scheme, host and port). */
    public boolean sameOrigin(PageAddress other) {
        return origin().equals(other.origin());
    }

    /** The link an article imported from this page keeps. */
    public ArticleLink asLink() {
        return new ArticleLink(value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String text) {
        if (text.isEmpty() || text.length() > ArticleLink.MAX_LENGTH) {
            throw invalid(text);
        }
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException notAUri) {
            throw invalid(text);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || url.isOpaque()
                || url.getHost() == null
                || url.getRawUserInfo() != null) {
            throw invalid(text);
        }
        int port = url.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String normalised = scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                + path + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        if (normalised.length() > ArticleLink.MAX_LENGTH) {
            throw invalid(text);
        }
        return normalised;
    }

    private static InvalidValueException invalid(String text) {
        return new InvalidValueException(
                "invalid_import_url",
                "A page to import needs a full web address of at most " + ArticleLink.MAX_LENGTH
                        + " characters that starts with http:// or https://, such as https://shop.example.com/returns;"
                        + " '" + shortened(text) + "' is not one.");
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
