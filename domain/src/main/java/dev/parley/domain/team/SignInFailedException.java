package dev.parley.domain.team;

import dev.parley.domain.shared.DomainException;

/** The email and password given do not match a team member. Which of the two was wrong is not told. */
public class SignInFailedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SignInFailedException() {
        super("sign_in_failed", "The email address or the password is not right.");
    }
}
