package dev.parley.application.settings.port.in;

import java.util.Optional;

/** The name the store speaks under, for whoever writes in its name (the emails to visitors); from memory. */
@FunctionalInterface
public interface StoreNameQuery {

    /** The name the store gave in its behaviour settings, if it gave one. */
    Optional<String> storeName();
}
