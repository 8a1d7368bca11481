package dev.parley.adapters.persistence;

import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.settings.EmbeddingSettings;
import dev.parley.domain.settings.IdentityVerification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The embedding section's columns of the store's settings row: identity verification's secrets and enforcement; the
 * allowed origins live in {@link AllowedOriginJpaEntity}.
 */
@Entity(name = "EmbeddingSettings")
@Table(name = "store_settings")
class EmbeddingSettingsJpaEntity {

    @Id
    @Column(name = "id")
    int id;

    @Column(name = "identity_secret")
    String identitySecret;

    @Column(name = "identity_enforced", nullable = false)
    boolean identityEnforced;

    @Column(name = "identity_previous_secret")
    String identityPreviousSecret;

    @Column(name = "identity_previous_until")
    LocalDateTime identityPreviousUntil;

    void copyStateOf(EmbeddingSettings settings) {
        IdentityVerification verification = settings.identityVerification();
        identitySecret = verification.secret().orElse(null);
        identityEnforced = verification.enforced();
        Optional<IdentityVerification.PreviousSecret> previous = verification.previous();
        identityPreviousSecret =
                previous.map(IdentityVerification.PreviousSecret::value).orElse(null);
        identityPreviousUntil =
                previous.map(old -> UtcTimes.toColumn(old.until())).orElse(null);
    }

    EmbeddingSettings toDomain(List<String> allowedOrigins) {
        return new EmbeddingSettings(
                AllowedOrigins.of(allowedOrigins),
                new IdentityVerification(Optional.ofNullable(identitySecret), identityEnforced, previousSecret()));
    }

    private Optional<IdentityVerification.PreviousSecret> previousSecret() {
        if (identityPreviousSecret == null || identityPreviousUntil == null) {
            return Optional.empty();
        }
        return Optional.of(new IdentityVerification.PreviousSecret(
                identityPreviousSecret, UtcTimes.fromColumn(identityPreviousUntil)));
    }
}
