package dev.parley.application.sms.port.out;

import dev.parley.domain.sms.SmsSettings;

/** Stores the store's SMS settings (one row). Driven. */
public interface SmsSettingsPort {

    /** The settings; a new store's defaults until they are saved. */
    SmsSettings load();

    /** The settings, locked until the transaction ends, so that two changes do not overwrite each other. */
    SmsSettings loadForUpdate();

    void save(SmsSettings settings);
}
