package dev.parley.domain.team;

import dev.parley.domain.shared.InvalidValueException;

/** A password reset link that sets no password: unknown, used already, set aside by a newer one, or expired. */
public class PasswordResetLinkInvalidException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public PasswordResetLinkInvalidException() {
        super(
                "reset_link_invalid",
                "This password reset link no longer works: it was used, a newer one was sent, or it expired. Ask"
                        + " for a new one.");
    }
}
