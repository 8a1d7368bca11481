package dev.parley.domain.team;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/** How long a password chosen for a Parley account is: long enough to resist guessing, short enough to hash. */
public final class PasswordRule {

    /** The shortest password Parley accepts. */
    public static final int MIN_LENGTH = 8;
    /** The longest password Parley accepts; longer ones would only make hashing a lever for overload. */
    public static final int MAX_LENGTH = 1_024;

    private PasswordRule() {}

    /**
     * Checks a new password's length.
     *
     * @throws InvalidValueException {@code weak_password} when it is too short, {@code password_too_long} when it is
     *     too long
     */
    public static void check(String password) {
        Objects.requireNonNull(password, "password");
        if (password.length() < MIN_LENGTH) {
            throw new InvalidValueException("weak_password", "A password has at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "password_too_long", "A password has at most " + MAX_LENGTH + " characters.");
        }
    }
}
