package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.StoreName;
import dev.parley.domain.settings.Translations;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.Language;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin changes how the chat behaves; an empty field stays as it is.
 *
 * @param actor the admin
 * @param welcomeMessage what Parley says first
 * @param links the privacy policy and terms links; a link left empty is removed
 * @param waitingThreshold how long a visitor may wait before the ticket is highlighted
 * @param language the store's own language
 * @param welcomeTranslations the welcome message in other languages
 * @param storeName the name the store speaks under in the widget; present and empty removes it
 */
public record UpdateBehaviourSettingsCommand(
        AgentId actor,
        Optional<WelcomeMessage> welcomeMessage,
        Optional<Links> links,
        Optional<Duration> waitingThreshold,
        Optional<Language> language,
        Optional<Translations<WelcomeMessage>> welcomeTranslations,
        Optional<Optional<StoreName>> storeName) {

    public UpdateBehaviourSettingsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(welcomeMessage, "welcome message");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(waitingThreshold, "waiting threshold");
        Objects.requireNonNull(language, "store language");
        Objects.requireNonNull(welcomeTranslations, "welcome translations");
        Objects.requireNonNull(storeName, "store name");
    }

    /** A change that leaves the store's name as it is. */
    public UpdateBehaviourSettingsCommand(
            AgentId actor,
            Optional<WelcomeMessage> welcomeMessage,
            Optional<Links> links,
            Optional<Duration> waitingThreshold,
            Optional<Language> language,
            Optional<Translations<WelcomeMessage>> welcomeTranslations) {
        this(actor, welcomeMessage, links, waitingThreshold, language, welcomeTranslations, Optional.empty());
    }

    /** A change that leaves the store's language and the translations as they are. */
    public UpdateBehaviourSettingsCommand(
            AgentId actor,
            Optional<WelcomeMessage> welcomeMessage,
            Optional<Links> links,
            Optional<Duration> waitingThreshold) {
        this(actor, welcomeMessage, links, waitingThreshold, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The links shown before a visitor's first message; each is a full web address, checked by the settings.
     *
     * @param privacyPolicyUrl the privacy policy, or empty for none
     * @param termsUrl the terms, or empty for none
     */
    public record Links(Optional<URI> privacyPolicyUrl, Optional<URI> termsUrl) {

        public Links {
            Objects.requireNonNull(privacyPolicyUrl, "privacy policy link");
            Objects.requireNonNull(termsUrl, "terms link");
        }
    }
}
