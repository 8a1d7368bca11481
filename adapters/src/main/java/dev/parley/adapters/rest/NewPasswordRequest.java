package dev.parley.adapters.rest;

/**
 * The body with which a password reset link sets a new password.
 *
 * @param token the secret of the link, from its address
 * @param newPassword the password wanted, 8 to 1,024 characters
 */
public record NewPasswordRequest(String token, String newPassword) {

    @Override
    public String toString() {
        return "NewPasswordRequest[token=redacted, newPassword=redacted]";
    }
}
