package dev.parley.application.team.port.in;

import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.PasswordRule;
import dev.parley.domain.team.Role;
import java.util.Objects;

/**
 * An admin adds somebody to the team.
 *
 * @param email their address, which no other account may have
 * @param name their display name
 * @param password their initial password, 8 to 1,024 characters; never logged
 * @param role agent or admin
 */
public record AddTeamMemberCommand(EmailAddress email, String name, String password, Role role) {

    public AddTeamMemberCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        PasswordRule.check(password);
    }

    @Override
    public String toString() {
        return "AddTeamMemberCommand[email=" + email.value() + ", name=" + name + ", password=redacted, role=" + role
                + "]";
    }
}
