package dev.parley.application.team.port.in;

import dev.parley.domain.team.PasswordRule;
import java.util.Objects;

/**
 * An agent changes their own password.
 *
 * @param currentPassword the password they have now, to prove it is them; never logged
 * @param newPassword the password they want, 8 to 1,024 characters; never logged
 */
public record ChangePasswordCommand(String currentPassword, String newPassword) {

    public ChangePasswordCommand {
        Objects.requireNonNull(currentPassword, "current password");
        PasswordRule.check(newPassword);
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[currentPassword=redacted, newPassword=redacted]";
    }
}
