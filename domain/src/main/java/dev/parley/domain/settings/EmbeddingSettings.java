package dev.parley.domain.settings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Embedding security: the sites that may embed the chat, and identity verification of their logged-in visitors.
 *
 * @param allowedOrigins the sites that may embed the chat
 * @param identityVerification the secret logged-in visitors' user ids are signed with, and whether it is enforced
 */
public record EmbeddingSettings(AllowedOrigins allowedOrigins, IdentityVerification identityVerification)
        implements SettingsSection<EmbeddingSettings> {

    public EmbeddingSettings {
        Objects.requireNonNull(allowedOrigins, "allowed origins");
        Objects.requireNonNull(identityVerification, "identity verification");
    }

    /** A new store's: no embedding sites and no identity verification. */
    public static EmbeddingSettings defaults() {
        return new EmbeddingSettings(AllowedOrigins.none(), IdentityVerification.none());
    }

    public EmbeddingSettings withAllowedOrigins(AllowedOrigins origins) {
        return new EmbeddingSettings(origins, identityVerification);
    }

    public EmbeddingSettings withIdentityVerification(IdentityVerification verification) {
        return new EmbeddingSettings(allowedOrigins, verification);
    }

    @Override
    public Map<String, Object> changesSince(EmbeddingSettings before, Instant now) {
        Map<String, Object> changes = new LinkedHashMap<>();
        ChangeSummary.origins(before.allowedOrigins.values(), allowedOrigins.values())
                .ifPresent(origins -> changes.put("allowedOrigins", origins));
        ChangeSummary.identity(before.identityVerification, identityVerification, now)
                .ifPresent(identity -> changes.put("identityVerification", identity));
        return changes;
    }

    /** Describes the section; the identity-verification secrets are never shown. */
    @Override
    public String toString() {
        return "EmbeddingSettings[allowedOrigins=" + allowedOrigins + ", identityVerification=" + identityVerification
                + "]";
    }
}
