package dev.parley.domain.team;

import dev.parley.domain.shared.DomainException;

/** One address identifies one account, including the accounts of removed team members. */
public class EmailTakenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public EmailTakenException(EmailAddress email) {
        super(
                "email_taken",
                "A team member, present or removed, already has the address " + email.value()
                        + "; each member needs their own address.");
    }
}
