package dev.parley.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.MovableClock;
import dev.parley.application.settings.port.in.EmbeddingView;
import dev.parley.application.settings.port.in.UpdateEmbeddingSettingsCommand;
import dev.parley.application.settings.port.in.UpdateEmbeddingSettingsCommand.IdentityVerificationChange;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.settings.EmbeddingSettings;
import dev.parley.domain.settings.IdentityVerification;
import dev.parley.domain.shared.AgentId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbeddingSettingsServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final String SECRET = "a-shared-secret-of-at-least-32-characters";
    private static final AgentId ADMIN = AgentId.random();

    private final MovableClock clock = new MovableClock(NOW);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemorySettings settings =
            new InMemorySettings(InMemoryTeam.withAdmin(ADMIN, "Ada Admin"), audit, clock);
    private final EmbeddingSettingsService service = settings.embeddingService;

    private static UpdateEmbeddingSettingsCommand identity(IdentityVerificationChange change) {
        return new UpdateEmbeddingSettingsCommand(ADMIN, Optional.empty(), Optional.of(change));
    }

    private void given(IdentityVerification verification) {
        settings.embedding.given(EmbeddingSettings.defaults().withIdentityVerification(verification));
    }

    @Test
    void admins_see_whether_a_secret_is_set_but_never_the_secret() {
        given(IdentityVerification.none().withSecret(SECRET).withEnforced(true));

        EmbeddingView view = service.embeddingSettings();

        assertThat(view.identitySecretSet()).isTrue();
        assertThat(view.identityVerificationEnforced()).isTrue();
        assertThat(view.toString()).doesNotContain(SECRET);
    }

    @Test
    void the_allowed_origins_are_replaced_and_recorded_as_added_and_removed() {
        EmbeddingView view = service.update(new UpdateEmbeddingSettingsCommand(
                ADMIN, Optional.of(AllowedOrigins.of("https://shop.example.com")), Optional.empty()));

        assertThat(view.allowedOrigins().values()).containsExactly("https://shop.example.com");
        assertThat(audit.entries())
                .singleElement()
                .satisfies(entry -> assertThat(entry.summary())
                        .isEqualTo(Map.of(
                                "allowedOrigins",
                                Map.of(
                                        "added",
                                        java.util.List.of("https://shop.example.com"),
                                        "removed",
                                        java.util.List.of()))));
    }

    @Test
    void the_secret_is_replaced_kept_or_removed_as_asked_and_never_recorded() {
        service.update(identity(new IdentityVerificationChange(true, Optional.of(SECRET), false)));
        assertThat(settings.embedding.stored().identityVerification().secret()).contains(SECRET);

        service.update(identity(new IdentityVerificationChange(false, Optional.empty(), false)));
        assertThat(settings.embedding.stored().identityVerification().secret()).contains(SECRET);
        assertThat(settings.embedding.stored().identityVerification().enforced())
                .isFalse();

        EmbeddingView view = service.update(identity(new IdentityVerificationChange(false, Optional.empty(), true)));
        assertThat(view.identitySecretSet()).isFalse();
        assertThat(settings.embedding.stored().identityVerification().secret()).isEmpty();
        assertThat(audit.entries()).hasSize(3);
        assertThat(audit.entries().get(0).summary())
                .isEqualTo(Map.of(
                        "identityVerification",
                        Map.of("enforced", Map.of("before", false, "after", true), "secret", "set")));
        assertThat(audit.entries().toString()).doesNotContain(SECRET);
    }

    @Test
    void enforcing_identity_verification_without_a_secret_is_refused() {
        assertThatThrownBy(
                        () -> service.update(identity(new IdentityVerificationChange(true, Optional.empty(), false))))
                .hasFieldOrPropertyWithValue("code", "identity_verification_needs_secret");
        assertThat(settings.saves()).isZero();
    }

    @Test
    void rotating_answers_the_new_secret_once_and_keeps_the_old_one_for_the_grace_period() {
        given(IdentityVerification.none().withSecret(SECRET).withEnforced(true));

        EmbeddingView answer = service.update(identity(IdentityVerificationChange.rotation(Optional.empty())));

        String fresh = answer.newIdentitySecret().orElseThrow().value();
        assertThat(fresh).matches("[0-9a-f]{64}");
        assertThat(answer.toString()).doesNotContain(fresh);
        assertThat(answer.identityVerificationEnforced()).isTrue();
        assertThat(answer.previousIdentitySecretUntil()).contains(NOW.plus(Duration.ofHours(24)));
        assertThat(settings.embedding.stored().identityVerification().secret()).contains(fresh);
        assertThat(service.embeddingSettings().newIdentitySecret()).isEmpty();
        assertThat(settings.announced()).hasSize(1);
        assertThat(audit.entries().get(0).summary())
                .isEqualTo(Map.of(
                        "identityVerification",
                        Map.of(
                                "secret",
                                "rotated",
                                "previousSecretUntil",
                                NOW.plus(Duration.ofHours(24)).toString())));
        assertThat(audit.entries().toString()).doesNotContain(fresh).doesNotContain(SECRET);

        clock.advance(Duration.ofHours(24));
        assertThat(service.embeddingSettings().previousIdentitySecretUntil()).isEmpty();
    }

    @Test
    void a_secret_of_the_admins_keeps_the_old_one_only_when_a_grace_period_is_given() {
        given(IdentityVerification.none().withSecret(SECRET));
        String other = SECRET + "-next";

        EmbeddingView withoutGrace =
                service.update(identity(new IdentityVerificationChange(false, Optional.of(other), false)));
        EmbeddingView withGrace = service.update(identity(new IdentityVerificationChange(
                Optional.of(false), Optional.of(SECRET), false, false, Optional.of(Duration.ofHours(2)))));

        assertThat(withoutGrace.previousIdentitySecretUntil()).isEmpty();
        assertThat(withGrace.previousIdentitySecretUntil()).contains(NOW.plus(Duration.ofHours(2)));
        assertThat(withGrace.newIdentitySecret()).isEmpty();
        assertThat(settings.embedding
                        .stored()
                        .identityVerification()
                        .previous()
                        .orElseThrow()
                        .value())
                .isEqualTo(other);
    }

    @Test
    void a_refused_grace_period_changes_nothing() {
        given(IdentityVerification.none().withSecret(SECRET));

        assertThatThrownBy(() -> service.update(new UpdateEmbeddingSettingsCommand(
                        ADMIN,
                        Optional.of(AllowedOrigins.of("https://shop.example.com")),
                        Optional.of(IdentityVerificationChange.rotation(Optional.of(Duration.ofHours(169)))))))
                .hasFieldOrPropertyWithValue("code", "invalid_grace_period");
        assertThat(settings.embedding.stored().identityVerification().secret()).contains(SECRET);
        assertThat(settings.saves()).isZero();
        assertThat(settings.announced()).isEmpty();
    }

    @Test
    void rotating_together_with_a_secret_or_a_removal_is_refused() {
        assertThatThrownBy(() -> new IdentityVerificationChange(
                        Optional.empty(), Optional.of(SECRET), false, true, Optional.empty()))
                .hasFieldOrPropertyWithValue("code", "invalid_identity_secret");
        assertThatThrownBy(() -> new IdentityVerificationChange(
                        Optional.empty(), Optional.empty(), true, true, Optional.empty()))
                .hasFieldOrPropertyWithValue("code", "invalid_identity_secret");
        assertThatThrownBy(() -> new IdentityVerificationChange(false, Optional.of(SECRET), true))
                .hasFieldOrPropertyWithValue("code", "invalid_identity_secret");
    }

    @Test
    void the_secret_is_never_printed_by_the_command() {
        UpdateEmbeddingSettingsCommand command =
                identity(new IdentityVerificationChange(true, Optional.of(SECRET), false));

        assertThat(command.toString()).doesNotContain(SECRET);
    }

    @Test
    void visitors_are_verified_with_the_stores_secret() {
        IdentityVerification verification =
                IdentityVerification.none().withSecret(SECRET).withEnforced(true);
        given(verification);

        assertThat(service.identityEnforced()).isTrue();
        assertThat(service.verifies("customer-7", verification.sign("customer-7"), NOW))
                .isTrue();
        assertThat(service.verifies("customer-7", verification.sign("customer-8"), NOW))
                .isFalse();
    }

    @Test
    void signing_as_the_store_gives_a_store_without_a_secret_one_and_announces_it() {
        String hash = service.signAsStore("demo-customer");

        IdentityVerification stored = settings.embedding.stored().identityVerification();
        assertThat(stored.verify("demo-customer", hash, NOW)).isTrue();
        assertThat(stored.enforced()).isFalse();
        assertThat(settings.announced())
                .extracting(InMemorySettings.News::section)
                .containsExactly("embedding");
        assertThat(service.signAsStore("demo-customer")).isEqualTo(hash);
        assertThat(settings.embedding.saves()).hasSize(1);
    }
}
