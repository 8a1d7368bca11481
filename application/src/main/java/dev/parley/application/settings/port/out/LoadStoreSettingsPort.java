package dev.parley.application.settings.port.out;

import dev.parley.domain.settings.StoreSettings;

/** Reads the store's settings; driven by every use case that behaves as the settings say. */
public interface LoadStoreSettingsPort {

    /** The store's settings, all of them. */
    StoreSettings load();

    /**
     * The store's settings, kept from other writers until the current transaction ends, so that two admins saving
     * at once do not undo each other's changes. Stores with a single writer may read them like {@link #load()}.
     */
    default StoreSettings loadForUpdate() {
        return load();
    }
}
