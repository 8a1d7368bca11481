package dev.parley.adapters.persistence;

import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.Language;
import dev.parley.domain.settings.WelcomeMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The behaviour section's columns of the store's settings row: welcome message, links and waiting threshold. */
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

    void copyStateOf(BehaviourSettings settings) {
        welcomeMessage = settings.welcomeMessage().value();
        privacyPolicyUrl = settings.privacyPolicyUrl().map(URI::toString).orElse(null);
        termsUrl = settings.termsUrl().map(URI::toString).orElse(null);
        waitingThresholdSeconds = Math.toIntExact(settings.waitingThreshold().toSeconds());
        storeLanguage = settings.language().tag();
        welcomeTranslations = TranslationsJson.write(settings.welcomeTranslations(), WelcomeMessage::value);
    }

    BehaviourSettings toDomain() {
        return new BehaviourSettings(
                new WelcomeMessage(welcomeMessage),
                Optional.ofNullable(privacyPolicyUrl).map(URI::create),
                Optional.ofNullable(termsUrl).map(URI::create),
                Duration.ofSeconds(waitingThresholdSeconds),
                Language.of(storeLanguage).orElse(Language.ENGLISH),
                TranslationsJson.read(welcomeTranslations, WelcomeMessage::new));
    }
}
