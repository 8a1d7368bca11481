package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
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
 */
public record BehaviourSettings(
        WelcomeMessage welcomeMessage,
        Optional<URI> privacyPolicyUrl,
        Optional<URI> termsUrl,
        Duration waitingThreshold)
        implements SettingsSection<BehaviourSettings> {

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
        if (waitingThreshold.compareTo(MIN_WAITING_THRESHOLD) < 0
                || waitingThreshold.compareTo(MAX_WAITING_THRESHOLD) > 0) {
            throw new InvalidValueException(
                    "invalid_waiting_threshold",
                    "The waiting time before a ticket is" + " highlighted must be between 1 minute and 24 hours.");
        }
    }

    /** A new store's: a friendly welcome, no links and a three-minute waiting threshold. */
    public static BehaviourSettings defaults() {
        return new BehaviourSettings(
                new WelcomeMessage("Hi! How can we help you today?"),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_WAITING_THRESHOLD);
    }

    public BehaviourSettings withWelcomeMessage(WelcomeMessage message) {
        return new BehaviourSettings(message, privacyPolicyUrl, termsUrl, waitingThreshold);
    }

    /**
     * Links the store's privacy policy and terms, shown before the visitor's first message; an empty link is removed.
     *
     * @throws InvalidValueException when a link is not a full http or https address of at most 2,000 characters
     */
    public BehaviourSettings withLinks(Optional<URI> privacyPolicy, Optional<URI> terms) {
        return new BehaviourSettings(welcomeMessage, privacyPolicy, terms, waitingThreshold);
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
        return new BehaviourSettings(welcomeMessage, privacyPolicyUrl, termsUrl, threshold);
    }

    @Override
    public Map<String, Object> changesSince(BehaviourSettings before, Instant now) {
        Map<String, Object> changes = new LinkedHashMap<>();
        ChangeSummary.changed(changes, "welcomeMessage", before.welcomeMessage.value(), welcomeMessage.value());
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
