package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.AvailabilitySettings;

/** Driven by the REST adapter when an admin opens the availability settings. */
public interface AvailabilitySettingsQuery {

    /** The settings section's name, as the REST API and the settings news name it. */
    String SECTION = "availability";

    /** The business hours and the away message. */
    AvailabilitySettings availabilitySettings();
}
