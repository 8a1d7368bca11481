package dev.parley.adapters.persistence;

import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.CustomerHub;
import dev.parley.domain.settings.EmailNotifications;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.IdentityVerification;
import dev.parley.domain.settings.LauncherIcon;
import dev.parley.domain.settings.LauncherPosition;
import dev.parley.domain.settings.StoreSettings;
import dev.parley.domain.settings.TimeRange;
import dev.parley.domain.settings.WelcomeMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The single row of the store's settings; the lists live in {@link FaqJpaEntity}, {@link BusinessHoursRangeJpaEntity},
 * {@link BusinessHoursClosureJpaEntity}, {@link AllowedOriginJpaEntity} and {@link
 * EmailNotificationRecipientJpaEntity}.
 */
@Entity(name = "StoreSettings")
@Table(name = "store_settings")
class StoreSettingsJpaEntity {

    /** There is one store per installation, so one row, with id 1. */
    static final int THE_STORE = 1;

    @Id
    @Column(name = "id")
    int id;

    @Column(name = "welcome_message", nullable = false)
    String welcomeMessage;

    @Column(name = "chat_enabled", nullable = false)
    boolean chatEnabled;

    @Column(name = "onsite_widget_enabled", nullable = false)
    boolean onsiteWidgetEnabled;

    @Column(name = "chat_colour", nullable = false)
    String chatColour;

    @Column(name = "chat_icon", nullable = false)
    String chatIcon;

    @Column(name = "chat_position", nullable = false)
    String chatPosition;

    @Column(name = "chat_launcher_label", nullable = false)
    String chatLauncherLabel;

    @Column(name = "hub_active", nullable = false)
    boolean hubActive;

    @Column(name = "hub_colour", nullable = false)
    String hubColour;

    @Column(name = "hub_icon", nullable = false)
    String hubIcon;

    @Column(name = "hub_position", nullable = false)
    String hubPosition;

    @Column(name = "hub_launcher_label", nullable = false)
    String hubLauncherLabel;

    @Column(name = "privacy_policy_url")
    String privacyPolicyUrl;

    @Column(name = "terms_url")
    String termsUrl;

    @Column(name = "time_zone", nullable = false)
    String timeZone;

    @Column(name = "always_open", nullable = false)
    boolean alwaysOpen;

    @Column(name = "away_message", nullable = false)
    String awayMessage;

    @Column(name = "waiting_threshold_seconds", nullable = false)
    int waitingThresholdSeconds;

    @Column(name = "identity_secret")
    String identitySecret;

    @Column(name = "identity_enforced", nullable = false)
    boolean identityEnforced;

    /** 1 when new tickets are emailed, else 0. */
    @Column(name = "email_notifications_enabled", nullable = false)
    int emailNotificationsEnabled;

    @Column(name = "email_notification_delay_seconds", nullable = false)
    int emailNotificationDelaySeconds;

    @Column(name = "identity_previous_secret")
    String identityPreviousSecret;

    @Column(name = "identity_previous_until")
    LocalDateTime identityPreviousUntil;

    /** Takes the single-valued settings; the lists are stored by their own entities. */
    void copyStateOf(StoreSettings settings) {
        welcomeMessage = settings.welcomeMessage().value();
        chatEnabled = settings.chatEnabled();
        onsiteWidgetEnabled = settings.onsiteWidgetEnabled();
        Appearance chat = settings.chatAppearance();
        chatColour = chat.colour();
        chatIcon = chat.icon().name();
        chatPosition = chat.position().name();
        chatLauncherLabel = chat.launcherLabel();
        CustomerHub hub = settings.customerHub();
        hubActive = hub.active();
        hubColour = hub.appearance().colour();
        hubIcon = hub.appearance().icon().name();
        hubPosition = hub.appearance().position().name();
        hubLauncherLabel = hub.appearance().launcherLabel();
        privacyPolicyUrl = settings.privacyPolicyUrl().map(URI::toString).orElse(null);
        termsUrl = settings.termsUrl().map(URI::toString).orElse(null);
        timeZone = settings.businessHours().zone().getId();
        alwaysOpen = settings.businessHours().alwaysOpen();
        awayMessage = settings.awayMessage().value();
        waitingThresholdSeconds = Math.toIntExact(settings.waitingThreshold().toSeconds());
        identitySecret = settings.identityVerification().secret().orElse(null);
        identityEnforced = settings.identityVerification().enforced();
        emailNotificationsEnabled = settings.emailNotifications().enabled() ? 1 : 0;
        emailNotificationDelaySeconds = Math.toIntExact(settings.emailNotifications().delay().toSeconds());
        Optional<IdentityVerification.PreviousSecret> previous = settings.identityVerification().previous();
        identityPreviousSecret = previous.map(IdentityVerification.PreviousSecret::value).orElse(null);
        identityPreviousUntil = previous.map(old -> UtcTimes.toColumn(old.until())).orElse(null);
    }

    StoreSettings toDomain(List<Faq> faqs, Map<DayOfWeek, List<TimeRange>> weeklySchedule, List<LocalDate> closures,
            List<String> allowedOrigins, List<String> notificationRecipients) {
        Appearance chat = new Appearance(chatColour, LauncherIcon.valueOf(chatIcon),
                LauncherPosition.valueOf(chatPosition), chatLauncherLabel);
        Appearance hub = new Appearance(hubColour, LauncherIcon.valueOf(hubIcon), LauncherPosition.valueOf(hubPosition),
                hubLauncherLabel);
        BusinessHours hours = new BusinessHours(ZoneId.of(timeZone), alwaysOpen, weeklySchedule, Set.copyOf(closures));
        return StoreSettings.reconstitute(chatEnabled, onsiteWidgetEnabled, chat, new CustomerHub(hubActive, hub),
                new WelcomeMessage(welcomeMessage), faqs, Optional.ofNullable(privacyPolicyUrl).map(URI::create),
                Optional.ofNullable(termsUrl).map(URI::create), hours, new AwayMessage(awayMessage),
                Duration.ofSeconds(waitingThresholdSeconds), AllowedOrigins.of(allowedOrigins),
                new IdentityVerification(Optional.ofNullable(identitySecret), identityEnforced, previousSecret()),
                new EmailNotifications(emailNotificationsEnabled == 1, notificationRecipients,
                        Duration.ofSeconds(emailNotificationDelaySeconds)));
    }

    private Optional<IdentityVerification.PreviousSecret> previousSecret() {
        if (identityPreviousSecret == null || identityPreviousUntil == null) {
            return Optional.empty();
        }
        return Optional.of(new IdentityVerification.PreviousSecret(identityPreviousSecret,
                UtcTimes.fromColumn(identityPreviousUntil)));
    }
}
