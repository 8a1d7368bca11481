package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.ChatSettings;

/** Driven by the REST adapter when an admin opens the chat on/off settings. */
public interface ChatSettingsQuery {

    /** The settings section's name, as the REST API and the settings news name it. */
    String SECTION = "chat";

    /** Whether the chat and its onsite widget are on. */
    ChatSettings chatSettings();
}
