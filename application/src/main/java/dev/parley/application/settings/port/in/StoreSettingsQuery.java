package dev.parley.application.settings.port.in;

/** Driven by the REST adapter when an admin opens the settings. */
public interface StoreSettingsQuery {

    /** Every setting of the store, as an admin sees them; the identity-verification secret is never included. */
    StoreSettingsView settings();
}
