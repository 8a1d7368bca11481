package dev.parley.domain.webhook;

import dev.parley.domain.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an endpoint receives its events: an absolute https URL (http only where the operator allows it, for
 * development), with a host, without credentials or a fragment, at most {@value #MAX_LENGTH} characters. Which
 * addresses its host may resolve to is the outbound-request guard's to decide, when it is saved and at every delivery.
 */
public record WebhookUrl(URI value) {

    /** The longest URL taken. */
    public static final int MAX_LENGTH = 2000;

    public WebhookUrl {
        Objects.requireNonNull(value, "webhook url");
    }

    /**
     * Reads a URL as an admin wrote it.
     *
     * @param allowHttp whether plain http is allowed (for development only)
     * @throws InvalidValueException {@code invalid_webhook_url} when it breaks a rule, saying which
     */
    public static WebhookUrl parse(String text, boolean allowHttp) {
        if (text == null || text.isBlank()) {
            throw refused("the URL is missing.");
        }
        if (text.length() > MAX_LENGTH) {
            throw refused("it is longer than " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException unreadable) {
            throw refused("it is not a URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw refused(
                    allowHttp
                            ? "only http and https URLs are taken."
                            : "only https URLs are taken (events are private).");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("it carries a user name or password; put credentials in the receiver, not in the URL.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw refused("it has no host.");
        }
        if (uri.getRawFragment() != null) {
            throw refused("it has a fragment (#…), which is never sent.");
        }
        return new WebhookUrl(uri);
    }

    /** The host, without the brackets of an IPv6 literal. */
    public String host() {
        String host = value.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static InvalidValueException refused(String why) {
        return new InvalidValueException("invalid_webhook_url", "This webhook URL cannot be used: " + why);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
