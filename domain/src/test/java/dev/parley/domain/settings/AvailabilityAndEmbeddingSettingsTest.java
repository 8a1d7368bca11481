package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvailabilityAndEmbeddingSettingsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void a_new_store_is_always_open_embedded_nowhere_and_emails_nobody() {
        assertThat(AvailabilitySettings.defaults().businessHours().alwaysOpen()).isTrue();
        assertThat(AvailabilitySettings.defaults().awayMessage().value())
                .isEqualTo("Thanks for your message! We're away right now and will reply as soon as we're back.");
        assertThat(EmbeddingSettings.defaults().allowedOrigins().isEmpty()).isTrue();
        assertThat(EmbeddingSettings.defaults().identityVerification().secret()).isEmpty();
        assertThat(EmbeddingSettings.defaults().identityVerification().enforced())
                .isFalse();
        assertThat(EmailNotificationSettings.defaults().emailNotifications()).isEqualTo(EmailNotifications.off());
    }

    @Test
    void keeps_business_hours_away_message_origins_and_identity_verification() {
        BusinessHours hours = BusinessHours.defaults().withAlwaysOpen(false);
        AllowedOrigins origins = AllowedOrigins.of("https://shop.example.com");
        IdentityVerification verification =
                IdentityVerification.none().withSecret("x".repeat(40)).withEnforced(true);

        AvailabilitySettings availability =
                AvailabilitySettings.defaults().withBusinessHours(hours).withAwayMessage(new AwayMessage("Back at 9."));
        EmbeddingSettings embedding =
                EmbeddingSettings.defaults().withAllowedOrigins(origins).withIdentityVerification(verification);

        assertThat(availability.businessHours()).isEqualTo(hours);
        assertThat(availability.awayMessage().value()).isEqualTo("Back at 9.");
        assertThat(embedding.allowedOrigins().permits("https://shop.example.com"))
                .isTrue();
        assertThat(embedding.identityVerification().enforced()).isTrue();
    }

    @Test
    void the_description_never_shows_the_identity_secret() {
        String secret = "very-secret-value-0123456789abcdef";
        EmbeddingSettings settings = EmbeddingSettings.defaults()
                .withIdentityVerification(IdentityVerification.none().withSecret(secret));

        assertThat(settings.toString()).doesNotContain(secret).contains("secret=set");
    }

    @Test
    void the_audit_summary_of_embedding_lists_origins_and_never_a_secret() {
        String secret = "very-secret-value-0123456789abcdef";
        EmbeddingSettings before =
                EmbeddingSettings.defaults().withAllowedOrigins(AllowedOrigins.of("https://old.example.com"));
        EmbeddingSettings after = before.withAllowedOrigins(AllowedOrigins.of("https://shop.example.com"))
                .withIdentityVerification(IdentityVerification.none().withSecret(secret));

        Map<String, Object> changes = after.changesSince(before, NOW);

        assertThat(changes)
                .isEqualTo(Map.of(
                        "allowedOrigins",
                                Map.of(
                                        "added",
                                        List.of("https://shop.example.com"),
                                        "removed",
                                        List.of("https://old.example.com")),
                        "identityVerification", Map.of("secret", "set")));
        assertThat(changes.toString()).doesNotContain(secret);
    }

    @Test
    void the_audit_summary_of_availability_and_notifications_shows_before_and_after() {
        AvailabilitySettings closed = AvailabilitySettings.defaults()
                .withBusinessHours(BusinessHours.defaults().withAlwaysOpen(false));
        EmailNotificationSettings on = new EmailNotificationSettings(
                new EmailNotifications(true, List.of("team@shop.example"), Duration.ofSeconds(30)));

        assertThat(closed.changesSince(AvailabilitySettings.defaults(), NOW)).containsOnlyKeys("businessHours");
        assertThat(on.changesSince(EmailNotificationSettings.defaults(), NOW))
                .isEqualTo(Map.of(
                        "emailNotifications",
                        Map.of(
                                "before", Map.of("enabled", false, "recipients", List.of(), "delaySeconds", 0L),
                                "after",
                                        Map.of(
                                                "enabled",
                                                true,
                                                "recipients",
                                                List.of("team@shop.example"),
                                                "delaySeconds",
                                                30L))));
    }
}
