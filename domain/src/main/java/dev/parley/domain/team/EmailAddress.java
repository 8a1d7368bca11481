package dev.parley.domain.team;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A team member's email address, kept in lower case so that it identifies one account whatever its spelling. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        Objects.requireNonNull(value, "email address");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("invalid_email", "'" + value + "' is not an email address.");
        }
    }
}
