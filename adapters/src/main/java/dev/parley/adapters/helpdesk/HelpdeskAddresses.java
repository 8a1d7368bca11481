package dev.parley.adapters.helpdesk;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the helpdesks' APIs are, with {@code {account}} standing for the store's subdomain or domain ({@code
 * PARLEY_HANDOFF_ZENDESK_URL}, {@code PARLEY_HANDOFF_GORGIAS_URL}), and how long a call may take.
 *
 * @param zendesk {@code https://{account}.zendesk.com} by default
 * @param gorgias {@code https://{account}.gorgias.com} by default
 * @param timeout for connecting and for the whole answer
 */
public record HelpdeskAddresses(String zendesk, String gorgias, Duration timeout) {

    /** The helpdesks' own addresses, with a 10-second timeout. */
    public static HelpdeskAddresses standard() {
        return new HelpdeskAddresses(
                "https://{account}.zendesk.com", "https://{account}.gorgias.com", Duration.ofSeconds(10));
    }

    public HelpdeskAddresses {
        Objects.requireNonNull(timeout, "timeout");
        for (String template : new String[] {zendesk, gorgias}) {
            if (template == null || !template.contains("{account}") || template.endsWith("/")) {
                throw new IllegalArgumentException(
                        "A helpdesk address names {account} and has no trailing slash: " + template);
            }
        }
    }

    static URI at(String template, String account, String path) {
        return URI.create(template.replace("{account}", account) + path);
    }
}
