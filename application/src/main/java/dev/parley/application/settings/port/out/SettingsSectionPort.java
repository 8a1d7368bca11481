package dev.parley.application.settings.port.out;

import dev.parley.domain.settings.SettingsSection;

/**
 * Reads and stores one section of the store's settings, and nothing else of them; driven by that section's use cases.
 * Each section has its own adapter, so a section is loaded and saved without touching the others.
 *
 * @param <S> the section
 */
public interface SettingsSectionPort<S extends SettingsSection<S>> {

    /** The section as stored. */
    S load();

    /**
     * The section, kept from other writers until the current transaction ends, so that two admins saving at once do
     * not undo each other's changes. Stores with a single writer may read it like {@link #load()}.
     */
    default S loadForUpdate() {
        return load();
    }

    /** Replaces the stored section, its lists included. */
    void save(S section);
}
