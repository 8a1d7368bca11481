package dev.parley.application.team.port.in;

import java.util.Objects;

/**
 * An agent signs in.
 *
 * @param email the address typed, in any case
 * @param password the password typed; never logged
 * @param client where the attempt comes from (such as the remote address), for throttling failed attempts
 */
public record SignInCommand(String email, String password, String client) {

    public SignInCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(client, "client");
    }

    @Override
    public String toString() {
        return "SignInCommand[email=" + email + ", password=redacted, client=" + client + "]";
    }
}
