package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the chat behaves with visitors and in the inbox: what Parley says first, the privacy policy and terms links
 * shown before a visitor's first message, and how long a visitor may wait before the ticket is highlighted. Links are
 * full web addresses, and the waiting threshold lies between {@link #MIN_WAITING_THRESHOLD one minute} and
 * {@link #MAX_WAITING_THRESHOLD 24 hours}.
 *
 * @param welcomeMessage what Parley says first in a live conversation
 * @param privacyPolicyUrl the privacy policy link, if any
 * @param termsUrl the terms link, if any
 * @param waitingThreshold how long a visitor may wait for an agent before the ticket is highlighted
 * @param language the store's own language: the one its texts are written in, and the widget's for visitors whose
 *     language it does not speak
 * @param welcomeTranslations the welcome message in other languages than the store's
 * @param storeName the name the store speaks under in the widget; without one, the widget says "Support"
 */
public record BehaviourSettings(
        WelcomeMessage welcomeMessage,
        Optional<URI> privacyPolicyUrl,
        Optional<URI> termsUrl,
        Duration waitingThreshold,
        Language language,
        Translations<WelcomeMessage> welcomeTranslations,
        Optional<StoreName> storeName)
        implements SettingsSection<BehaviourSettings> {

    /** The welcome message a new store shows Polish visitors. */
    public static final WelcomeMessage POLISH_WELCOME = new WelcomeMessage("Dzień dobry! W czym możemy pomóc?");

    /** How long a visitor waits for an agent before the ticket is highlighted, unless the store says otherwise. */
    public static final Duration DEFAULT_WAITING_THRESHOLD = Duration.ofMinutes(3);

    /** The shortest waiting threshold. */
    public static final Duration MIN_WAITING_THRESHOLD = Duration.ofMinutes(1);

    /** The longest waiting threshold. */
    public static final Duration MAX_WAITING_THRESHOLD = Duration.ofHours(24);

    /**
     * @throws InvalidValueException when a link is not a full http or https address of at most 2,000 characters, or
     *     the waiting threshold is shorter than one minute or longer than 24 hours
     */
    public BehaviourSettings {
        Objects.requireNonNull(welcomeMessage, "welcome message");
        privacyPolicyUrl = Objects.requireNonNull(privacyPolicyUrl, "privacy policy link")
                .map(url -> WebPageUrl.require(url, "The privacy policy link"));
        termsUrl = Objects.requireNonNull(termsUrl, "terms link").map(url -> WebPageUrl.require(url, "The terms link"));
        Objects.requireNonNull(waitingThreshold, "waiting threshold");
        Objects.requireNonNull(language, "store language");
        Objects.requireNonNull(welcomeTranslations, "welcome translations");
        Objects.requireNonNull(storeName, "store name");
        if (waitingThreshold.compareTo(MIN_WAITING_THRESHOLD) < 0
                || waitingThreshold.compareTo(MAX_WAITING_THRESHOLD) > 0) {
            throw new InvalidValueException(
                    "invalid_waiting_threshold",
                    "The waiting time before a ticket is" + " highlighted must be between 1 minute and 24 hours.");
        }
    }

    /** Settings without a store name. */
    public BehaviourSettings(
            WelcomeMessage welcomeMessage,
            Optional<URI> privacyPolicyUrl,
            Optional<URI> termsUrl,
            Duration waitingThreshold,
            Language language,
            Translations<WelcomeMessage> welcomeTranslations) {
        this(
                welcomeMessage,
                privacyPolicyUrl,
                termsUrl,
                waitingThreshold,
                language,
                welcomeTranslations,
                Optional.empty());
    }

    /** Settings in English with no welcome message in other languages. */
    public BehaviourSettings(
            WelcomeMessage welcomeMessage,
            Optional<URI> privacyPolicyUrl,
            Optional<URI> termsUrl,
            Duration waitingThreshold) {
        this(welcomeMessage, privacyPolicyUrl, termsUrl, waitingThreshold, Language.ENGLISH, Translations.none());
    }

    /**
     * A new store's: in English, a friendly welcome (in Polish too), no links and a three-minute waiting threshold.
     */
    public static BehaviourSettings defaults() {
        return new BehaviourSettings(
                new WelcomeMessage("Hi! How can we help you today?"),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_WAITING_THRESHOLD,
                Language.ENGLISH,
                new Translations<>(Map.of(Language.POLISH, POLISH_WELCOME)));
    }

    public BehaviourSettings withWelcomeMessage(WelcomeMessage message) {
        return new BehaviourSettings(
                message, privacyPolicyUrl, termsUrl, waitingThreshold, language, welcomeTranslations, storeName);
    }

    /** Sets the store's own language; the texts stay as they are. */
    public BehaviourSettings withLanguage(Language storeLanguage) {
        return new BehaviourSettings(
                welcomeMessage,
                privacyPolicyUrl,
                termsUrl,
                waitingThreshold,
                storeLanguage,
                welcomeTranslations,
                storeName);
    }

    /** Sets the welcome message in other languages than the store's; a language left out has none of its own. */
    public BehaviourSettings withWelcomeTranslations(Translations<WelcomeMessage> translations) {
        return new BehaviourSettings(
                welcomeMessage, privacyPolicyUrl, termsUrl, waitingThreshold, language, translations, storeName);
    }

    /** The welcome message a visitor speaking {@code visitorLanguage} reads. */
    public WelcomeMessage welcomeMessageFor(Language visitorLanguage) {
        return welcomeTranslations.forVisitor(visitorLanguage, welcomeMessage);
    }

    /**
     * Links the store's privacy policy and terms, shown before the visitor's first message; an empty link is removed.
     *
     * @throws InvalidValueException when a link is not a full http or https address of at most 2,000 characters
     */
    public BehaviourSettings withLinks(Optional<URI> privacyPolicy, Optional<URI> terms) {
        return new BehaviourSettings(
                welcomeMessage, privacyPolicy, terms, waitingThreshold, language, welcomeTranslations, storeName);
    }

    /**
     * Links the store's privacy policy, shown before the visitor's first message.
     *
     * @throws InvalidValueException when the link is not a full http or https address of at most 2,000 characters
     */
    public BehaviourSettings withPrivacyPolicyUrl(URI url) {
        return withLinks(Optional.of(Objects.requireNonNull(url, "privacy policy link")), termsUrl);
    }

    /**
     * Links the store's terms, shown before the visitor's first message.
     *
     * @throws InvalidValueException when the link is not a full http or https address of at most 2,000 characters
     */
    public BehaviourSettings withTermsUrl(URI url) {
        return withLinks(privacyPolicyUrl, Optional.of(Objects.requireNonNull(url, "terms link")));
    }

    /**
     * Sets how long a visitor may wait for an agent before the ticket is highlighted.
     *
     * @throws InvalidValueException when it is shorter than one minute or longer than 24 hours
     */
    public BehaviourSettings withWaitingThreshold(Duration threshold) {
        return new BehaviourSettings(
                welcomeMessage, privacyPolicyUrl, termsUrl, threshold, language, welcomeTranslations, storeName);
    }

    /** Names the store in the widget; an empty name gives it none, and the widget says "Support". */
    public BehaviourSettings withStoreName(Optional<StoreName> name) {
        return new BehaviourSettings(
                welcomeMessage, privacyPolicyUrl, termsUrl, waitingThreshold, language, welcomeTranslations, name);
    }

    @Override
    public Map<String, Object> changesSince(BehaviourSettings before, Instant now) {
        Map<String, Object> changes = new LinkedHashMap<>();
        ChangeSummary.changed(changes, "language", before.language.tag(), language.tag());
        ChangeSummary.changed(
                changes,
                "storeName",
                before.storeName.map(StoreName::value).orElse(""),
                storeName.map(StoreName::value).orElse(""));
        ChangeSummary.changed(changes, "welcomeMessage", before.welcomeMessage.value(), welcomeMessage.value());
        ChangeSummary.translations(
                changes, "welcomeMessage", before.welcomeTranslations, welcomeTranslations, WelcomeMessage::value);
        ChangeSummary.changed(
                changes,
                "privacyPolicyUrl",
                ChangeSummary.url(before.privacyPolicyUrl),
                ChangeSummary.url(privacyPolicyUrl));
        ChangeSummary.changed(changes, "termsUrl", ChangeSummary.url(before.termsUrl), ChangeSummary.url(termsUrl));
        ChangeSummary.changed(
                changes, "waitingThresholdSeconds", before.waitingThreshold.toSeconds(), waitingThreshold.toSeconds());
        return changes;
    }
}
