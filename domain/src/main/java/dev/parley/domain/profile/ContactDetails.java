package dev.parley.domain.profile;

import dev.parley.domain.shared.DisplayText;
import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach a store user, as the store knows them. Every part is optional; text is stripped, loses the characters
 * that reorder or hide what is shown ({@link DisplayText}), and a blank part is none.
 *
 * @param name the person's name (at most 200 characters)
 * @param email an address of the shape {@code local@domain} (at most 254 characters)
 * @param phone digits with optional {@code +}, spaces, dots, dashes and brackets (at most 40 characters)
 * @param location free text such as "Kraków, Poland" (at most 200 characters)
 */
public record ContactDetails(
        Optional<String> name, Optional<String> email, Optional<String> phone, Optional<String> location) {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 40;
    public static final int MAX_LOCATION = 200;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]*[0-9][0-9 ().-]*");

    public ContactDetails {
        name = checked(name, "name", MAX_NAME, "invalid_name");
        email = checked(email, "email", MAX_EMAIL, "invalid_email");
        phone = checked(phone, "phone", MAX_PHONE, "invalid_phone");
        location = checked(location, "location", MAX_LOCATION, "invalid_location");
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            throw new InvalidValueException("invalid_email", "An email address looks like name@example.com.");
        }
        if (phone.isPresent() && !PHONE.matcher(phone.get()).matches()) {
            throw new InvalidValueException(
                    "invalid_phone",
                    "A phone number is digits, optionally with a leading +, spaces, dots, dashes and brackets.");
        }
    }

    /** No contact details at all. */
    public static ContactDetails none() {
        return new ContactDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> checked(Optional<String> value, String field, int max, String code) {
        Objects.requireNonNull(value, field);
        Optional<String> stripped = value.map(DisplayText::clean).filter(text -> !text.isEmpty());
        if (stripped.isPresent() && (stripped.get().length() > max || Texts.hasControlCharacters(stripped.get()))) {
            throw new InvalidValueException(
                    code, "The " + field + " is at most " + max + " characters without control characters.");
        }
        return stripped;
    }
}
