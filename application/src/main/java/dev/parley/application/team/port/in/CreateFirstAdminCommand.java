package dev.parley.application.team.port.in;

import dev.parley.domain.team.EmailAddress;
import java.util.Objects;

/**
 * The first admin, from the installation's configuration.
 *
 * @param email their address
 * @param name their display name
 * @param password their initial password; never logged
 */
public record CreateFirstAdminCommand(EmailAddress email, String name, String password) {

    /** The shortest password Parley accepts for an account. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    public CreateFirstAdminCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new dev.parley.domain.shared.InvalidValueException("weak_password",
                    "A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }

    @Override
    public String toString() {
        return "CreateFirstAdminCommand[email=" + email.value() + ", name=" + name + ", password=redacted]";
    }
}
