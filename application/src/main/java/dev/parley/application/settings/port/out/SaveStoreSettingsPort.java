package dev.parley.application.settings.port.out;

import dev.parley.domain.settings.StoreSettings;

/** Stores the store's settings; driven by the settings use cases when an admin changes them. */
public interface SaveStoreSettingsPort {

    /** Replaces everything stored, the lists (FAQs, opening hours, closures, embedding sites) included. */
    void save(StoreSettings settings);
}
