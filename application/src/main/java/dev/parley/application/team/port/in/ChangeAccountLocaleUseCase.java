package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AccountLocale;

/** Driven by the REST adapter when an agent chooses the language of their own account. */
public interface ChangeAccountLocaleUseCase {

    /**
     * Sets the language Parley writes to the agent in, such as the team's emails.
     *
     * @return the language the account uses now
     * @throws dev.parley.domain.team.AgentNotFoundException when the agent was removed from the team
     */
    AccountLocale changeLocale(AgentId agent, AccountLocale locale);
}
