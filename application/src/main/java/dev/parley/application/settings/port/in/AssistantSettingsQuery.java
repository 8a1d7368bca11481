package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.AssistantSettings;

/** Driven by the REST adapter when an admin opens the AI agent's settings. */
public interface AssistantSettingsQuery {

    /** The settings section's name, as the REST API and the settings news name it. */
    String SECTION = "assistant";

    /** The AI agent's settings as they stand. */
    AssistantSettings assistantSettings();

    /** Whether the operator configured a language model the store may choose to answer with, and which. */
    LanguageModelAvailability languageModel();
}
