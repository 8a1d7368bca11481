package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.CustomerHub;
import dev.parley.domain.settings.EmailNotifications;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.InvalidValueException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin changes some sections of the settings; an empty section stays as it is, and a given one replaces the
 * stored section as a whole. Turning the chat on turns the onsite widget on too, unless the command also says
 * otherwise. The customer hub changes before the chat's design, so one command can switch the hub off and change the
 * design; resending the chat's current design is no change, even while the hub is active.
 *
 * @param chatEnabled the online chat on or off
 * @param onsiteWidgetEnabled the onsite widget on or off
 * @param chatAppearance the chat's own design
 * @param customerHub the customer hub's state and design
 * @param welcomeMessage what Parley says first
 * @param faqs every FAQ, in order; FAQs left out are removed
 * @param links the privacy policy and terms links; a link left empty is removed
 * @param businessHours when the team answers
 * @param awayMessage the answer outside business hours
 * @param waitingThreshold how long a visitor may wait before the ticket is highlighted
 * @param allowedOrigins the sites that may embed the chat
 * @param identityVerification identity verification of logged-in visitors
 * @param emailNotifications who is emailed about new tickets, and when
 */
public record UpdateStoreSettingsCommand(Optional<Boolean> chatEnabled, Optional<Boolean> onsiteWidgetEnabled,
        Optional<Appearance> chatAppearance, Optional<CustomerHub> customerHub,
        Optional<WelcomeMessage> welcomeMessage, Optional<List<FaqEntry>> faqs, Optional<Links> links,
        Optional<BusinessHours> businessHours, Optional<AwayMessage> awayMessage, Optional<Duration> waitingThreshold,
        Optional<AllowedOrigins> allowedOrigins, Optional<IdentityVerificationChange> identityVerification,
        Optional<EmailNotifications> emailNotifications) {

    public UpdateStoreSettingsCommand {
        Objects.requireNonNull(chatEnabled, "chat enabled");
        Objects.requireNonNull(onsiteWidgetEnabled, "onsite widget enabled");
        Objects.requireNonNull(chatAppearance, "chat appearance");
        Objects.requireNonNull(customerHub, "customer hub");
        Objects.requireNonNull(welcomeMessage, "welcome message");
        faqs = Objects.requireNonNull(faqs, "FAQs").map(List::copyOf);
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(businessHours, "business hours");
        Objects.requireNonNull(awayMessage, "away message");
        Objects.requireNonNull(waitingThreshold, "waiting threshold");
        Objects.requireNonNull(allowedOrigins, "allowed origins");
        Objects.requireNonNull(identityVerification, "identity verification");
        Objects.requireNonNull(emailNotifications, "email notifications");
    }

    /** A command that changes nothing, to start from. */
    public static UpdateStoreSettingsCommand nothing() {
        return new UpdateStoreSettingsCommand(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public UpdateStoreSettingsCommand withChatEnabled(boolean enabled) {
        return new UpdateStoreSettingsCommand(Optional.of(enabled), onsiteWidgetEnabled, chatAppearance, customerHub,
                welcomeMessage, faqs, links, businessHours, awayMessage, waitingThreshold, allowedOrigins,
                identityVerification, emailNotifications);
    }

    public UpdateStoreSettingsCommand withOnsiteWidgetEnabled(boolean enabled) {
        return new UpdateStoreSettingsCommand(chatEnabled, Optional.of(enabled), chatAppearance, customerHub,
                welcomeMessage, faqs, links, businessHours, awayMessage, waitingThreshold, allowedOrigins,
                identityVerification, emailNotifications);
    }

    public UpdateStoreSettingsCommand withChatAppearance(Appearance appearance) {
        return new UpdateStoreSettingsCommand(chatEnabled, onsiteWidgetEnabled, Optional.of(appearance), customerHub,
                welcomeMessage, faqs, links, businessHours, awayMessage, waitingThreshold, allowedOrigins,
                identityVerification, emailNotifications);
    }

    public UpdateStoreSettingsCommand withCustomerHub(CustomerHub hub) {
        return new UpdateStoreSettingsCommand(chatEnabled, onsiteWidgetEnabled, chatAppearance, Optional.of(hub),
                welcomeMessage, faqs, links, businessHours, awayMessage, waitingThreshold, allowedOrigins,
                identityVerification, emailNotifications);
    }

    public UpdateStoreSettingsCommand withWelcomeMessage(WelcomeMessage message) {
        return new UpdateStoreSettingsCommand(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub,
                Optional.of(message), faqs, links, businessHours, awayMessage, waitingThreshold, allowedOrigins,
                identityVerification, emailNotifications);
    }

    public UpdateStoreSettingsCommand withFaqs(List<FaqEntry> entries) {
        return new UpdateStoreSettingsCommand(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub,
                welcomeMessage, Optional.of(entries), links, businessHours, awayMessage, waitingThreshold,
                allowedOrigins, identityVerification, emailNotifications);
    }

    public UpdateStoreSettingsCommand withLinks(Links newLinks) {
        return new UpdateStoreSettingsCommand(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub,
                welcomeMessage, faqs, Optional.of(newLinks), businessHours, awayMessage, waitingThreshold,
                allowedOrigins, identityVerification, emailNotifications);
    }

    public UpdateStoreSettingsCommand withBusinessHours(BusinessHours hours) {
        return new UpdateStoreSettingsCommand(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub,
                welcomeMessage, faqs, links, Optional.of(hours), awayMessage, waitingThreshold, allowedOrigins,
                identityVerification, emailNotifications);
    }

    public UpdateStoreSettingsCommand withAwayMessage(AwayMessage message) {
        return new UpdateStoreSettingsCommand(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub,
                welcomeMessage, faqs, links, businessHours, Optional.of(message), waitingThreshold, allowedOrigins,
                identityVerification, emailNotifications);
    }

    public UpdateStoreSettingsCommand withWaitingThreshold(Duration threshold) {
        return new UpdateStoreSettingsCommand(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub,
                welcomeMessage, faqs, links, businessHours, awayMessage, Optional.of(threshold), allowedOrigins,
                identityVerification, emailNotifications);
    }

    public UpdateStoreSettingsCommand withAllowedOrigins(AllowedOrigins origins) {
        return new UpdateStoreSettingsCommand(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub,
                welcomeMessage, faqs, links, businessHours, awayMessage, waitingThreshold, Optional.of(origins),
                identityVerification, emailNotifications);
    }

    public UpdateStoreSettingsCommand withIdentityVerification(IdentityVerificationChange change) {
        return new UpdateStoreSettingsCommand(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub,
                welcomeMessage, faqs, links, businessHours, awayMessage, waitingThreshold, allowedOrigins,
                Optional.of(change), emailNotifications);
    }

    public UpdateStoreSettingsCommand withEmailNotifications(EmailNotifications notifications) {
        return new UpdateStoreSettingsCommand(chatEnabled, onsiteWidgetEnabled, chatAppearance, customerHub,
                welcomeMessage, faqs, links, businessHours, awayMessage, waitingThreshold, allowedOrigins,
                identityVerification, Optional.of(notifications));
    }

    /**
     * One FAQ of the new list. Its question and answer are checked when the FAQ is made from them.
     *
     * @param id the FAQ's id; empty for a new FAQ, which then gets a fresh one
     * @param question the question
     * @param answer the answer
     * @param published whether visitors see it
     */
    public record FaqEntry(Optional<FaqId> id, String question, String answer, boolean published) {

        public FaqEntry {
            Objects.requireNonNull(id, "FAQ id");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
        }
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

    /**
     * Identity verification as the admin wants it. The secret is write-only: it is replaced (by the admin's or, when
     * rotating, by a random one), removed or kept. A replaced secret keeps verifying for the grace period, if any.
     *
     * @param enforced whether user ids must carry a valid signature (needs a secret); empty to keep it as it is
     * @param newSecret a new secret, if the admin gave one; never printed
     * @param removeSecret whether to forget the secret
     * @param rotate whether Parley makes a new random secret
     * @param grace how long the replaced secret keeps verifying: when rotating
     *     {@code IdentityVerification.DEFAULT_GRACE} unless given, with a new secret of the admin's none unless given
     */
    public record IdentityVerificationChange(Optional<Boolean> enforced, Optional<String> newSecret,
            boolean removeSecret, boolean rotate, Optional<Duration> grace) {

        /** The longest secret Parley stores, in characters. */
        public static final int MAX_SECRET_LENGTH = 256;

        public IdentityVerificationChange {
            Objects.requireNonNull(enforced, "enforced");
            Objects.requireNonNull(newSecret, "new secret");
            Objects.requireNonNull(grace, "grace period");
            if ((newSecret.isPresent() ? 1 : 0) + (removeSecret ? 1 : 0) + (rotate ? 1 : 0) > 1) {
                throw new InvalidValueException("invalid_identity_secret", "Give a new identity-verification secret,"
                        + " rotate it or remove it: one of the three at a time.");
            }
            if (newSecret.filter(secret -> secret.length() > MAX_SECRET_LENGTH).isPresent()) {
                throw new InvalidValueException("invalid_identity_secret", "The identity-verification secret can be"
                        + " at most " + MAX_SECRET_LENGTH + " characters long.");
            }
        }

        /** Sets enforcement and keeps, replaces or removes the secret, with no grace period. */
        public IdentityVerificationChange(boolean enforced, Optional<String> newSecret, boolean removeSecret) {
            this(Optional.of(enforced), newSecret, removeSecret, false, Optional.empty());
        }

        /** Rotates the secret, keeping the replaced one for the grace period (the default one when empty). */
        public static IdentityVerificationChange rotation(Optional<Duration> grace) {
            return new IdentityVerificationChange(Optional.empty(), Optional.empty(), false, true, grace);
        }

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "IdentityVerificationChange[enforced=" + enforced + ", newSecret="
                    + (newSecret.isPresent() ? "given" : "none") + ", removeSecret=" + removeSecret + ", rotate="
                    + rotate + ", grace=" + grace + "]";
        }
    }
}
