package dev.parley.domain.team;

/** An agent who changes their password must give the current one, and did not. */
public class WrongPasswordException extends NotPermittedException {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("wrong_password", "The current password is not right; the password was not changed.");
    }
}
