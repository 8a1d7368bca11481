package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.DesignSettings;

/** Driven by the REST adapter when an admin opens the design settings. */
public interface DesignSettingsQuery {

    /** The settings section's name, as the REST API and the settings news name it. */
    String SECTION = "design";

    /** The chat's own design and the customer hub's. */
    DesignSettings designSettings();
}
