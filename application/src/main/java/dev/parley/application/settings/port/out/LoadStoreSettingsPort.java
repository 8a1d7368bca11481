package dev.parley.application.settings.port.out;

import dev.parley.domain.settings.StoreSettings;

/** Reads the store's settings; driven by every use case that behaves as the settings say. */
public interface LoadStoreSettingsPort {

    StoreSettings load();
}
