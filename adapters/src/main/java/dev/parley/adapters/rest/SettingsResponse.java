package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.StoreSettingsView;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The store's settings as {@code GET /api/v1/settings} shows them to admins; the same shape {@code PUT} accepts, plus
 * a few read-only fields. The identity-verification secret is never shown, only whether one is set.
 *
 * @param chatEnabled whether the online chat is on
 * @param onsiteWidgetEnabled whether the widget shows on the storefront
 * @param appearance the chat's own design
 * @param appearanceLocked read-only: whether the customer hub is active, so that the chat's own design is set aside
 *     and cannot change (the settings screen shows a warning)
 * @param customerHub the customer hub's state and design
 * @param effectiveAppearance read-only: the design the launcher shows
 * @param welcomeMessage what Parley says first
 * @param faqs all FAQs in order, published or not
 * @param links the privacy policy and terms links, {@code null} when not set
 * @param businessHours the time zone, always open or not, the weekly schedule (every day, empty when closed) and
 *     closed dates
 * @param awayMessage the answer outside business hours
 * @param waitingThresholdSeconds how long a visitor may wait before the ticket is highlighted
 * @param allowedOrigins the sites that may embed the chat, sorted
 * @param identityVerification whether a secret is set and whether verification is enforced
 * @param emailNotifications whether, whom and after how long the team is emailed about new tickets
 */
public record SettingsResponse(boolean chatEnabled, boolean onsiteWidgetEnabled, SettingsJson.Design appearance,
        boolean appearanceLocked, SettingsJson.Hub customerHub, SettingsJson.Design effectiveAppearance,
        String welcomeMessage, List<SettingsJson.FaqItem> faqs, SettingsJson.Links links,
        SettingsJson.Hours businessHours, String awayMessage, long waitingThresholdSeconds,
        List<String> allowedOrigins, IdentityVerification identityVerification,
        SettingsJson.Notifications emailNotifications) {

    /**
     * Identity verification without its secret.
     *
     * @param enforced whether user ids must carry a valid signature
     * @param secretSet whether a secret is set
     * @param previousSecretUntil until when the secret replaced last keeps verifying (ISO-8601, UTC); absent when
     *     there is none or its grace period is over
     * @param newSecret the secret a rotation has just made: only in the answer to the {@code PUT} that rotated it,
     *     never again
     */
    public record IdentityVerification(boolean enforced, boolean secretSet, String previousSecretUntil,
            String newSecret) {

        /** Never prints the new secret. */
        @Override
        public String toString() {
            return "IdentityVerification[enforced=" + enforced + ", secretSet=" + secretSet + ", previousSecretUntil="
                    + previousSecretUntil + ", newSecret=" + (newSecret == null ? "none" : "redacted") + "]";
        }
    }

    static SettingsResponse of(StoreSettingsView settings) {
        return new SettingsResponse(settings.chatEnabled(), settings.onsiteWidgetEnabled(),
                SettingsJson.Design.of(settings.chatAppearance()), settings.chatAppearanceLocked(),
                SettingsJson.Hub.of(settings.customerHub()), SettingsJson.Design.of(settings.effectiveAppearance()),
                settings.welcomeMessage().value(), settings.faqs().stream().map(SettingsJson.FaqItem::of).toList(),
                new SettingsJson.Links(settings.privacyPolicyUrl().map(URI::toString).orElse(null),
                        settings.termsUrl().map(URI::toString).orElse(null)),
                SettingsJson.Hours.of(settings.businessHours()), settings.awayMessage().value(),
                settings.waitingThreshold().toSeconds(), List.copyOf(settings.allowedOrigins().values()),
                new IdentityVerification(settings.identityVerificationEnforced(), settings.identitySecretSet(),
                        settings.previousIdentitySecretUntil().map(Instant::toString).orElse(null),
                        settings.newIdentitySecret().map(StoreSettingsView.IssuedSecret::value).orElse(null)),
                SettingsJson.Notifications.of(settings.emailNotifications()));
    }
}
