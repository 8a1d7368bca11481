package dev.parley.application.settings.port.in;

import java.time.ZoneId;

/** The store's time zone, the business hours' own, for the contexts that count in the store's days (reports). */
@FunctionalInterface
public interface StoreTimeZoneQuery {

    ZoneId storeTimeZone();
}
