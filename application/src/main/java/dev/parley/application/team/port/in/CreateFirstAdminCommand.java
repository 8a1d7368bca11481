package dev.parley.application.team.port.in;

import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.PasswordRule;
import java.util.Objects;

/**
 * The first admin, from the installation's configuration.
 *
 * @param email their address
 * @param name their display name
 * @param password their initial password, 8 to 1,024 characters; never logged
 */
public record CreateFirstAdminCommand(EmailAddress email, String name, String password) {

    /** The shortest password Parley accepts for an account. */
    public static final int MIN_PASSWORD_LENGTH = PasswordRule.MIN_LENGTH;

    public CreateFirstAdminCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        PasswordRule.check(password);
    }

    @Override
    public String toString() {
        return "CreateFirstAdminCommand[email=" + email.value() + ", name=" + name + ", password=redacted]";
    }
}
