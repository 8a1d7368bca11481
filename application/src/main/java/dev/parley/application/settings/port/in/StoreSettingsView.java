package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.CustomerHub;
import dev.parley.domain.settings.EmailNotifications;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.StoreSettings;
import dev.parley.domain.settings.WelcomeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The store's settings as an admin sees them. It tells whether an identity-verification secret is set, never the
 * secret itself, except once: a secret Parley has just made by rotating is in the answer to that change.
 *
 * @param chatEnabled whether the online chat is on
 * @param onsiteWidgetEnabled whether the widget shows on the storefront
 * @param chatAppearance the chat's own design
 * @param chatAppearanceLocked whether the chat's own design is set aside for the customer hub's, and cannot change
 * @param customerHub the customer hub's state and design
 * @param effectiveAppearance the design the launcher shows
 * @param welcomeMessage what Parley says first
 * @param faqs all FAQs, published or not, in the store's order
 * @param privacyPolicyUrl the privacy policy link, if any
 * @param termsUrl the terms link, if any
 * @param businessHours when the team answers
 * @param awayMessage the answer outside business hours
 * @param waitingThreshold how long a visitor may wait before the ticket is highlighted
 * @param allowedOrigins the sites that may embed the chat
 * @param identitySecretSet whether an identity-verification secret is set
 * @param identityVerificationEnforced whether logged-in visitors' user ids must be signed
 * @param emailNotifications who is emailed about new tickets, and when
 * @param previousIdentitySecretUntil until when the secret replaced last keeps verifying, while it does
 * @param newIdentitySecret the secret a rotation has just made, in the answer to that change only
 */
public record StoreSettingsView(boolean chatEnabled, boolean onsiteWidgetEnabled, Appearance chatAppearance,
        boolean chatAppearanceLocked, CustomerHub customerHub, Appearance effectiveAppearance,
        WelcomeMessage welcomeMessage, List<Faq> faqs, Optional<URI> privacyPolicyUrl, Optional<URI> termsUrl,
        BusinessHours businessHours, AwayMessage awayMessage, Duration waitingThreshold,
        AllowedOrigins allowedOrigins, boolean identitySecretSet, boolean identityVerificationEnforced,
        EmailNotifications emailNotifications, Optional<Instant> previousIdentitySecretUntil,
        Optional<IssuedSecret> newIdentitySecret) {

    public StoreSettingsView {
        Objects.requireNonNull(chatAppearance, "chat appearance");
        Objects.requireNonNull(customerHub, "customer hub");
        Objects.requireNonNull(effectiveAppearance, "effective appearance");
        Objects.requireNonNull(welcomeMessage, "welcome message");
        faqs = List.copyOf(faqs);
        Objects.requireNonNull(privacyPolicyUrl, "privacy policy link");
        Objects.requireNonNull(termsUrl, "terms link");
        Objects.requireNonNull(businessHours, "business hours");
        Objects.requireNonNull(awayMessage, "away message");
        Objects.requireNonNull(waitingThreshold, "waiting threshold");
        Objects.requireNonNull(allowedOrigins, "allowed origins");
        Objects.requireNonNull(emailNotifications, "email notifications");
        Objects.requireNonNull(previousIdentitySecretUntil, "previous secret until");
        Objects.requireNonNull(newIdentitySecret, "new secret");
    }

    /** What an admin may see of these settings at {@code now}. */
    public static StoreSettingsView of(StoreSettings settings, Instant now) {
        return new StoreSettingsView(settings.chatEnabled(), settings.onsiteWidgetEnabled(),
                settings.chatAppearance(), settings.isChatAppearanceLocked(), settings.customerHub(),
                settings.effectiveAppearance(), settings.welcomeMessage(), settings.faqs(),
                settings.privacyPolicyUrl(), settings.termsUrl(), settings.businessHours(), settings.awayMessage(),
                settings.waitingThreshold(), settings.allowedOrigins(),
                settings.identityVerification().secret().isPresent(), settings.identityVerification().enforced(),
                settings.emailNotifications(), settings.identityVerification().previousSecretUntil(now),
                Optional.empty());
    }

    /** The same view with the secret a rotation has just made, for the answer to that change. */
    public StoreSettingsView withNewIdentitySecret(String secret) {
        return new StoreSettingsView(chatEnabled, onsiteWidgetEnabled, chatAppearance, chatAppearanceLocked,
                customerHub, effectiveAppearance, welcomeMessage, faqs, privacyPolicyUrl, termsUrl, businessHours,
                awayMessage, waitingThreshold, allowedOrigins, identitySecretSet, identityVerificationEnforced,
                emailNotifications, previousIdentitySecretUntil, Optional.of(new IssuedSecret(secret)));
    }

    /**
     * A secret shown once, to the admin who had it made; never printed.
     *
     * @param value the secret
     */
    public record IssuedSecret(String value) {

        public IssuedSecret {
            Objects.requireNonNull(value, "secret");
        }

        @Override
        public String toString() {
            return "IssuedSecret[redacted]";
        }
    }
}
