package dev.parley.adapters.persistence;

import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.StoreName;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The behaviour section's columns of the store's settings row: welcome message, links, waiting threshold, language and
 * the store's name.
 */
@Entity(name = "BehaviourSettings")
@Table(name = "store_settings")
class BehaviourSettingsJpaEntity {

    @Id
    @Column(name = "id")
    int id;

    @Column(name = "welcome_message", nullable = false)
    String welcomeMessage;

    @Column(name = "privacy_policy_url")
    String privacyPolicyUrl;

    @Column(name = "terms_url")
    String termsUrl;

    @Column(name = "waiting_threshold_seconds", nullable = false)
    int waitingThresholdSeconds;

    @Column(name = "store_language", nullable = false)
    String storeLanguage;

    @Column(name = "welcome_translations", nullable = false)
    String welcomeTranslations;

    @Column(name = "store_name")
    String storeName;

    void copyStateOf(BehaviourSettings settings) {
        welcomeMessage = settings.welcomeMessage().value();
        privacyPolicyUrl = settings.privacyPolicyUrl().map(URI::toString).orElse(null);
        termsUrl = settings.termsUrl().map(URI::toString).orElse(null);
        waitingThresholdSeconds = Math.toIntExact(settings.waitingThreshold().toSeconds());
        storeLanguage = settings.language().tag();
        welcomeTranslations = TranslationsJson.write(settings.welcomeTranslations(), WelcomeMessage::value);
        storeName = settings.storeName().map(StoreName::value).orElse(null);
    }

    BehaviourSettings toDomain() {
        return new BehaviourSettings(
                new WelcomeMessage(welcomeMessage),
                Optional.ofNullable(privacyPolicyUrl).map(URI::create),
                Optional.ofNullable(termsUrl).map(URI::create),
                Duration.ofSeconds(waitingThresholdSeconds),
                Language.of(storeLanguage).orElse(Language.ENGLISH),
                TranslationsJson.read(welcomeTranslations, WelcomeMessage::new),
                Optional.ofNullable(storeName).map(StoreName::new));
    }
}
