package dev.parley.adapters.persistence;

import dev.parley.domain.settings.StoreSettings;
import dev.parley.domain.settings.WelcomeMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "StoreSettings")
@Table(name = "store_settings")
class StoreSettingsJpaEntity {

    /** There is one store per installation, so one row, with id 1. */
    static final int THE_STORE = 1;

    @Id
    @Column(name = "id")
    int id;

    @Column(name = "welcome_message", nullable = false)
    String welcomeMessage;

    StoreSettings toDomain() {
        return StoreSettings.defaults().withWelcomeMessage(new WelcomeMessage(welcomeMessage));
    }
}
