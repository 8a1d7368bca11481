package dev.parley.adapters.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of a sign-in.
 *
 * @param email the agent's address
 * @param password the agent's password
 */
public record SignInRequest(
        @NotNull @Size(max = 254) String email,
        @NotNull @Size(max = 1024) String password) {

    @Override
    public String toString() {
        return "SignInRequest[email=" + email + ", password=redacted]";
    }
}
