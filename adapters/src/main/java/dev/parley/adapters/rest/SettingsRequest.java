package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.UpdateStoreSettingsCommand;
import dev.parley.application.settings.port.in.UpdateStoreSettingsCommand.FaqEntry;
import dev.parley.application.settings.port.in.UpdateStoreSettingsCommand.IdentityVerificationChange;
import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.settings.WebPageUrl;
import dev.parley.domain.settings.WelcomeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code PUT /api/v1/settings}: the sections to change. A section left out (or {@code null}) stays as it
 * is; a section given replaces the stored one as a whole, so the body of a {@code GET} can be sent back with changes.
 * Read-only fields of that body ({@code appearanceLocked}, {@code effectiveAppearance}, {@code secretSet}) are ignored.
 *
 * @param chatEnabled the online chat on or off; turning it on turns the onsite widget on too, unless
 *     {@code onsiteWidgetEnabled} says otherwise
 * @param onsiteWidgetEnabled the onsite widget on or off
 * @param appearance the chat's own design; refused with {@code appearance_locked_by_customer_hub} while the customer
 *     hub is active, unless it is the current design (the hub changes first, so switching it off unlocks the design)
 * @param customerHub the customer hub's state and design
 * @param welcomeMessage what Parley says first, 1 to 1,000 characters
 * @param faqs every FAQ in order; FAQs left out are removed, FAQs without an id are new
 * @param links the privacy policy and terms links; a link left {@code null} is removed
 * @param businessHours the time zone, always open or not, the weekly schedule and closed dates
 * @param awayMessage the answer outside business hours, 1 to 1,000 characters
 * @param waitingThresholdSeconds how long a visitor may wait before the ticket is highlighted, 60 to 86,400
 * @param allowedOrigins the sites that may embed the chat, such as {@code https://shop.example.com}
 * @param identityVerification identity verification of logged-in visitors
 * @param emailNotifications whether, whom and after how long the team is emailed about new tickets
 */
public record SettingsRequest(Boolean chatEnabled, Boolean onsiteWidgetEnabled, SettingsJson.Design appearance,
        SettingsJson.Hub customerHub, String welcomeMessage, List<SettingsJson.FaqItem> faqs, SettingsJson.Links links,
        SettingsJson.Hours businessHours, String awayMessage, Long waitingThresholdSeconds, List<String> allowedOrigins,
        IdentityVerification identityVerification, SettingsJson.Notifications emailNotifications) {

    /**
     * Identity verification as the admin wants it. The secret is write-only: a new one replaces it, {@code rotate}
     * has Parley make a random one (shown once, in the answer), {@code removeSecret} forgets it, and leaving all three
     * out keeps it. A replaced secret keeps verifying for {@code graceHours}.
     *
     * @param enforced whether user ids must carry a valid signature; needs a secret; may be left out when rotating
     * @param secret a new secret, at least 32 characters without spaces
     * @param removeSecret {@code true} to forget the secret (and the previous one)
     * @param rotate {@code true} to have Parley make a new random secret of 256 bits
     * @param graceHours how long the replaced secret keeps verifying, 0 to 168 hours: 24 unless given when rotating,
     *     0 unless given with a new {@code secret}
     */
    public record IdentityVerification(Boolean enforced, String secret, Boolean removeSecret, Boolean rotate,
            Long graceHours) {

        /** Beyond any grace period the domain accepts, yet far from overflowing a {@link Duration}. */
        private static final long FAR_TOO_LONG_HOURS = 100_000;

        IdentityVerificationChange toCommand() {
            boolean rotating = Boolean.TRUE.equals(rotate);
            Optional<Boolean> enforce = rotating ? Optional.ofNullable(enforced)
                    : Optional.of(SettingsJson.required(enforced, "identityVerification.enforced"));
            Optional<Duration> grace = Optional.ofNullable(graceHours)
                    .map(hours -> Duration.ofHours(Math.max(-1, Math.min(hours, FAR_TOO_LONG_HOURS))));
            return new IdentityVerificationChange(enforce, Optional.ofNullable(secret),
                    Boolean.TRUE.equals(removeSecret), rotating, grace);
        }

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "IdentityVerification[enforced=" + enforced + ", secret=" + (secret == null ? "none" : "redacted")
                    + ", removeSecret=" + removeSecret + ", rotate=" + rotate + ", graceHours=" + graceHours + "]";
        }
    }

    /**
     * The change this body asks for.
     *
     * @throws dev.parley.domain.shared.InvalidValueException when a field is missing from a section given, or a value
     *     breaks a rule
     */
    UpdateStoreSettingsCommand toCommand() {
        return new UpdateStoreSettingsCommand(Optional.ofNullable(chatEnabled), Optional.ofNullable(onsiteWidgetEnabled),
                Optional.ofNullable(appearance).map(design -> design.toDomain("appearance")),
                Optional.ofNullable(customerHub).map(SettingsJson.Hub::toDomain),
                Optional.ofNullable(welcomeMessage).map(WelcomeMessage::new),
                Optional.ofNullable(faqs).map(SettingsRequest::faqEntries),
                Optional.ofNullable(links).map(SettingsRequest::links),
                Optional.ofNullable(businessHours).map(SettingsJson.Hours::toDomain),
                Optional.ofNullable(awayMessage).map(AwayMessage::new),
                Optional.ofNullable(waitingThresholdSeconds).map(Duration::ofSeconds),
                Optional.ofNullable(allowedOrigins).map(SettingsRequest::origins),
                Optional.ofNullable(identityVerification).map(IdentityVerification::toCommand),
                Optional.ofNullable(emailNotifications).map(SettingsJson.Notifications::toDomain));
    }

    private static List<FaqEntry> faqEntries(List<SettingsJson.FaqItem> items) {
        List<FaqEntry> entries = new ArrayList<>();
        for (SettingsJson.FaqItem item : items) {
            SettingsJson.required(item, "faqs[]");
            entries.add(new FaqEntry(item.faqId(), SettingsJson.required(item.question(), "faqs[].question"),
                    SettingsJson.required(item.answer(), "faqs[].answer"),
                    SettingsJson.required(item.published(), "faqs[].published")));
        }
        return entries;
    }

    private static UpdateStoreSettingsCommand.Links links(SettingsJson.Links links) {
        return new UpdateStoreSettingsCommand.Links(url(links.privacyPolicyUrl()), url(links.termsUrl()));
    }

    private static Optional<URI> url(String text) {
        return Optional.ofNullable(text).filter(given -> !given.isBlank()).map(WebPageUrl::parse);
    }

    private static AllowedOrigins origins(List<String> origins) {
        origins.forEach(origin -> SettingsJson.required(origin, "allowedOrigins[]"));
        return AllowedOrigins.of(origins);
    }
}
