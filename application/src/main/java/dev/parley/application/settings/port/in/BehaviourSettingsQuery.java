package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.BehaviourSettings;

/** Driven by the REST adapter when an admin opens the behaviour settings. */
public interface BehaviourSettingsQuery {

    /** The settings section's name, as the REST API and the settings news name it. */
    String SECTION = "behaviour";

    /** The welcome message, the links shown before a first message and the waiting threshold. */
    BehaviourSettings behaviourSettings();
}
