package dev.parley.application.team.port.in;

import java.util.Objects;

/**
 * An agent signs in.
 *
 * @param email the address typed, in any case
 * @param password the password typed; never logged
 */
public record SignInCommand(String email, String password) {

    public SignInCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "SignInCommand[email=" + email + ", password=redacted]";
    }
}
