package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.AssistantSettings;

/** Driven by the REST adapter when an admin saves the AI agent's settings. */
public interface UpdateAssistantSettingsUseCase {

    /**
     * Changes the fields the command names and leaves the others as they are: every change is made, audited and
     * announced, or none is.
     *
     * @return the section after the change
     * @throws dev.parley.domain.shared.InvalidValueException when a value breaks a rule of the section
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an admin
     */
    AssistantSettings update(UpdateAssistantSettingsCommand command);
}
