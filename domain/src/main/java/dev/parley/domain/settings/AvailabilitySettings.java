package dev.parley.domain.settings;

import dev.parley.domain.shared.Language;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * When the team answers, and what visitors are told when it does not.
 *
 * @param businessHours the opening hours in the store's time zone, with closed dates
 * @param awayMessage what visitors are told outside business hours, in the store's language
 * @param awayTranslations the away message in other languages than the store's
 */
public record AvailabilitySettings(
        BusinessHours businessHours, AwayMessage awayMessage, Translations<AwayMessage> awayTranslations)
        implements SettingsSection<AvailabilitySettings> {

    /** The away message a new store shows Polish visitors. */
    public static final AwayMessage POLISH_AWAY =
            new AwayMessage("Dziękujemy za wiadomość! Jesteśmy teraz poza biurem i odpowiemy, gdy tylko wrócimy.");

    public AvailabilitySettings {
        Objects.requireNonNull(businessHours, "business hours");
        Objects.requireNonNull(awayMessage, "away message");
        Objects.requireNonNull(awayTranslations, "away message translations");
    }

    /** Settings with the away message in the store's language only. */
    public AvailabilitySettings(BusinessHours businessHours, AwayMessage awayMessage) {
        this(businessHours, awayMessage, Translations.none());
    }

    /** A new store's: always open, with a friendly away message (in Polish too) for when it is not. */
    public static AvailabilitySettings defaults() {
        return new AvailabilitySettings(
                BusinessHours.defaults(),
                new AwayMessage("Thanks for your message! We're away right now and will reply as soon as we're back."),
                new Translations<>(Map.of(Language.POLISH, POLISH_AWAY)));
    }

    public AvailabilitySettings withBusinessHours(BusinessHours hours) {
        return new AvailabilitySettings(hours, awayMessage, awayTranslations);
    }

    public AvailabilitySettings withAwayMessage(AwayMessage message) {
        return new AvailabilitySettings(businessHours, message, awayTranslations);
    }

    /** Sets the away message in other languages than the store's; a language left out has none of its own. */
    public AvailabilitySettings withAwayTranslations(Translations<AwayMessage> translations) {
        return new AvailabilitySettings(businessHours, awayMessage, translations);
    }

    /** The away message a visitor speaking {@code visitorLanguage} reads. */
    public AwayMessage awayMessageFor(Language visitorLanguage) {
        return awayTranslations.forVisitor(visitorLanguage, awayMessage);
    }

    @Override
    public Map<String, Object> changesSince(AvailabilitySettings before, Instant now) {
        Map<String, Object> changes = new LinkedHashMap<>();
        ChangeSummary.changed(
                changes,
                "businessHours",
                ChangeSummary.hours(before.businessHours),
                ChangeSummary.hours(businessHours));
        ChangeSummary.changed(changes, "awayMessage", before.awayMessage.value(), awayMessage.value());
        ChangeSummary.translations(
                changes, "awayMessage", before.awayTranslations, awayTranslations, AwayMessage::value);
        return changes;
    }
}
