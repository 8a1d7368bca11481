package dev.parley.adapters.rest;

/**
 * The body with which a signed-in agent changes their own password.
 *
 * @param currentPassword the password they have now
 * @param newPassword the password they want, 8 to 1,024 characters
 */
public record TeamPasswordRequest(String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "TeamPasswordRequest[currentPassword=redacted, newPassword=redacted]";
    }
}
