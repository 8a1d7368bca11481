package dev.parley.application.settings.port.in;

import dev.parley.domain.shared.AgentId;

/** Driven by the REST adapter when an admin saves the settings. */
public interface UpdateStoreSettingsUseCase {

    /**
     * Changes the sections the command names and leaves the others as they are. Either every change is made, and
     * recorded in the audit log as the actor's, or, when one of them breaks a rule, none is.
     *
     * @return the settings after the change
     * @throws dev.parley.domain.shared.InvalidValueException when a value breaks a rule of the settings, such as
     *     changing the chat's design while the customer hub is active ({@code appearance_locked_by_customer_hub})
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an admin
     */
    StoreSettingsView update(AgentId actor, UpdateStoreSettingsCommand command);
}
