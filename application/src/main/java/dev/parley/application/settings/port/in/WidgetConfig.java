package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.StoreName;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.Language;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the storefront widget shows and how, at one moment.
 *
 * @param available whether the widget shows at all: the chat and its onsite widget are both on
 * @param language the language the widget speaks to this visitor: theirs when Parley speaks it, else the store's
 * @param appearance the launcher's design in effect: the customer hub's while the hub is active
 * @param welcomeMessage what Parley says first in a live conversation
 * @param faqs the published FAQs, in the store's order
 * @param privacyPolicyUrl the privacy policy link shown before the first message, if any
 * @param termsUrl the terms link shown before the first message, if any
 * @param openNow whether the store is within its business hours at this moment
 * @param teamOnline whether an agent is online at this moment
 * @param nextOpening when the store opens next, while it is closed and opens within the coming year or so
 * @param awayMessage what visitors are told outside business hours
 * @param storeName the name the store speaks under, if it has one
 * @param assistantEnabled whether the store's AI agent answers a visitor who writes first
 * @param assistantGreeting what the AI agent says first; empty for the widget's built-in greeting
 */
public record WidgetConfig(
        boolean available,
        Language language,
        Appearance appearance,
        WelcomeMessage welcomeMessage,
        List<Faq> faqs,
        Optional<URI> privacyPolicyUrl,
        Optional<URI> termsUrl,
        boolean openNow,
        boolean teamOnline,
        Optional<Instant> nextOpening,
        AwayMessage awayMessage,
        Optional<StoreName> storeName,
        boolean assistantEnabled,
        Optional<String> assistantGreeting) {

    public WidgetConfig {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(appearance, "appearance");
        Objects.requireNonNull(welcomeMessage, "welcome message");
        faqs = List.copyOf(faqs);
        Objects.requireNonNull(privacyPolicyUrl, "privacy policy link");
        Objects.requireNonNull(termsUrl, "terms link");
        Objects.requireNonNull(nextOpening, "next opening");
        Objects.requireNonNull(awayMessage, "away message");
        Objects.requireNonNull(storeName, "store name");
        Objects.requireNonNull(assistantGreeting, "assistant greeting");
    }
}
