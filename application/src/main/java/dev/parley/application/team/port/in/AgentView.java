package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AccountLocale;
import dev.parley.domain.team.Role;
import java.util.Objects;

/**
 * A team member as the inbox shows them; never carries the password hash.
 *
 * @param id the agent
 * @param email their address
 * @param name their display name
 * @param role agent or admin
 * @param locale the language their account uses
 */
public record AgentView(AgentId id, String email, String name, Role role, AccountLocale locale) {

    public AgentView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(locale, "locale");
    }
}
