package dev.parley.domain.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164: a {@code +}, a country code that does not start with 0, and at most 15 digits in all. People
 * write numbers with spaces, dots, dashes and brackets, and with {@code 00} for the {@code +}; {@link #parse} takes those
 * and keeps the digits. A number without its country code cannot be told apart from another country's, so it is
 * refused.
 *
 * @param e164 the number, e.g. {@code +48600100200}
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern WRITTEN = Pattern.compile("(?:\\+|00)[0-9 ().-]{7,40}");

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw invalid();
        }
    }

    /**
     * The number as people write it ({@code +48 600-100-200}, {@code 0048 (600) 100 200}).
     *
     * @throws InvalidValueException {@code invalid_phone} without a country code, or with letters
     */
    public static PhoneNumber parse(String written) {
        return tryParse(written).orElseThrow(PhoneNumber::invalid);
    }

    /** The number as people write it, if it is one with its country code. */
    public static Optional<PhoneNumber> tryParse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String trimmed = written.strip();
        if (!WRITTEN.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (trimmed.startsWith("00")) {
            digits = digits.substring(2);
        }
        String candidate = "+" + digits;
        return E164.matcher(candidate).matches() ? Optional.of(new PhoneNumber(candidate)) : Optional.empty();
    }

    /** The number with all but its last three digits hidden, for logs. */
    public String masked() {
        return e164.substring(0, Math.min(3, e164.length())) + "…" + e164.substring(e164.length() - 3);
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException(
                "invalid_phone", "A phone number needs its country code: + (or 00) and up to 15 digits.");
    }

    @Override
    public String toString() {
        return e164;
    }
}
