package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The websites that may embed the store's chat, each written as an exact origin: a scheme, a host and an optional
 * port, such as {@code https://shop.example.com} or {@code http://localhost:9080}. Paths, trailing slashes and
 * wildcards are refused, so that every allowed site is named on purpose. Scheme and host are kept in lower case and a
 * default port ({@code :443} for https, {@code :80} for http) is dropped, as browsers do in the {@code Origin} header.
 * An empty set permits no site.
 *
 * @param values the origins, normalised and sorted, at most {@value #MAX_ORIGINS}
 */
public record AllowedOrigins(Set<String> values) {

    /** The most origins a store can allow. */
    public static final int MAX_ORIGINS = 50;

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern ORIGIN = Pattern.compile(
            "(https?)://(" + LABEL + "(?:\\." + LABEL + ")*|\\[[0-9a-f:.]+\\])(?::([0-9]{1,5}))?",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_HOST_LENGTH = 253;
    private static final String EXAMPLES = "such as https://shop.example.com or http://localhost:9080";

    public AllowedOrigins {
        Objects.requireNonNull(values, "allowed origins");
        Set<String> normalised = new TreeSet<>();
        for (String value : values) {
            normalised.add(normalise(value));
        }
        if (normalised.size() > MAX_ORIGINS) {
            throw new InvalidValueException(
                    "too_many_origins",
                    "At most " + MAX_ORIGINS + " sites can embed the chat; there are " + normalised.size() + ".");
        }
        values = Collections.unmodifiableSet(normalised);
    }

    /** No site may embed the chat. */
    public static AllowedOrigins none() {
        return new AllowedOrigins(Set.of());
    }

    /**
     * The given origins.
     *
     * @throws InvalidValueException when one of them is not an exact origin, or they are too many
     */
    public static AllowedOrigins of(Collection<String> origins) {
        return new AllowedOrigins(Set.copyOf(origins));
    }

    /** The given origins; see {@link #of(Collection)}. */
    public static AllowedOrigins of(String... origins) {
        return of(List.of(origins));
    }

    /**
     * These origins and one more.
     *
     * @throws InvalidValueException when it is not an exact origin, or that makes too many
     */
    public AllowedOrigins with(String origin) {
        Set<String> changed = new TreeSet<>(values);
        changed.add(normalise(origin));
        return new AllowedOrigins(changed);
    }

    /** These origins without the given one; unchanged when it was not allowed. */
    public AllowedOrigins without(String origin) {
        Optional<String> normalised = tryNormalise(origin);
        if (normalised.isEmpty()) {
            return this;
        }
        Set<String> changed = new TreeSet<>(values);
        changed.remove(normalised.get());
        return new AllowedOrigins(changed);
    }

    /**
     * Whether a page served from this origin, as a browser sends it in its {@code Origin} header, may embed the chat.
     * Scheme and host match in any case; anything that is not an exact origin is not permitted.
     */
    public boolean permits(String origin) {
        return tryNormalise(origin).map(values::contains).orElse(false);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static Optional<String> tryNormalise(String origin) {
        if (origin == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(normalise(origin));
        } catch (InvalidValueException notAnOrigin) {
            return Optional.empty();
        }
    }

    private static String normalise(String origin) {
        Objects.requireNonNull(origin, "origin");
        String text = origin.strip();
        Matcher matcher = ORIGIN.matcher(text);
        if (!matcher.matches()) {
            throw notAnOrigin(text);
        }
        String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
        String host = matcher.group(2).toLowerCase(Locale.ROOT);
        if (host.length() > MAX_HOST_LENGTH) {
            throw notAnOrigin(text);
        }
        String port = "";
        if (matcher.group(3) != null) {
            int number = Integer.parseInt(matcher.group(3));
            if (number < 1 || number > 65_535) {
                throw notAnOrigin(text);
            }
            boolean defaultPort = (scheme.equals("https") && number == 443) || (scheme.equals("http") && number == 80);
            port = defaultPort ? "" : ":" + number;
        }
        return scheme + "://" + host + port;
    }

    private static InvalidValueException notAnOrigin(String text) {
        String shown = text.length() > 100 ? text.substring(0, 100) + "…" : text;
        String hint;
        if (text.contains("*")) {
            hint = "Wildcards are not allowed: list each site on its own, " + EXAMPLES + ".";
        } else if (text.matches("(?i)https?://[^/]+/.*")) {
            hint = "Write the site without a path or a trailing slash, " + EXAMPLES + ".";
        } else {
            hint = "Write the scheme and host, with a port if needed, " + EXAMPLES + ".";
        }
        return new InvalidValueException("invalid_origin", "'" + shown + "' is not a site address. " + hint);
    }
}
