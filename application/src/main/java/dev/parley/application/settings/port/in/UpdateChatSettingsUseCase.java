package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.ChatSettings;

/** Driven by the REST adapter when an admin saves the chat on/off settings. */
public interface UpdateChatSettingsUseCase {

    /**
     * Changes the fields the command names and leaves the others as they are. Either every change is made, recorded
     * in the audit log as the actor's and announced once committed, or, when one of them breaks a rule, none is.
     *
     * @return the section after the change
     * @throws dev.parley.domain.shared.InvalidValueException when a value breaks a rule of the section
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an admin
     */
    ChatSettings update(UpdateChatSettingsCommand command);
}
