package dev.parley.domain.handoff;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of the store's account at its helpdesk: the {@code northwind} of {@code northwind.zendesk.com} or {@code
 * northwind.gorgias.com}. One DNS label only, checked strictly, so that no dot, path, port, scheme or credential can
 * be smuggled into the address Parley calls.
 *
 * @param value 1 to 63 lowercase letters, digits and inner hyphens
 */
public record HelpdeskAccount(String value) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public HelpdeskAccount {
        Objects.requireNonNull(value, "account");
        if (!LABEL.matcher(value).matches()) {
            throw new InvalidValueException(
                    "invalid_helpdesk_account",
                    "The account is the subdomain alone: 1 to 63 lowercase letters, digits and inner hyphens (no dots,"
                            + " slashes, ports or schemes).");
        }
    }

    /** The account as typed, trimmed and in lower case; still checked strictly. */
    public static HelpdeskAccount typed(String typed) {
        Objects.requireNonNull(typed, "account");
        return new HelpdeskAccount(typed.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
