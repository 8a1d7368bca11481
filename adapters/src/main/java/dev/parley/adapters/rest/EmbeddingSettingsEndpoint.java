package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.EmbeddingSettingsQuery;
import dev.parley.application.settings.port.in.EmbeddingView;
import dev.parley.application.settings.port.in.UpdateEmbeddingSettingsCommand;
import dev.parley.application.settings.port.in.UpdateEmbeddingSettingsCommand.IdentityVerificationChange;
import dev.parley.application.settings.port.in.UpdateEmbeddingSettingsUseCase;
import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.shared.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedding section, {@code /api/v1/settings/embedding}: the sites that may embed the chat and identity
 * verification. The identity-verification secret is write-only; a rotation's answer carries the new one once.
 */
@ApplicationScoped
public class EmbeddingSettingsEndpoint implements SettingsSectionEndpoint {

    /**
     * The section's body as {@code PUT} takes it.
     *
     * @param allowedOrigins the sites that may embed the chat, such as {@code https://shop.example.com}
     * @param identityVerification identity verification as the admin wants it; its read-only fields are ignored
     */
    public record Request(List<String> allowedOrigins, IdentityRequest identityVerification) {}

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
    public record IdentityRequest(
            Boolean enforced, String secret, Boolean removeSecret, Boolean rotate, Long graceHours) {

        /** Beyond any grace period the domain accepts, yet far from overflowing a {@link Duration}. */
        private static final long FAR_TOO_LONG_HOURS = 100_000;

        IdentityVerificationChange toCommand() {
            boolean rotating = Boolean.TRUE.equals(rotate);
            Optional<Boolean> enforce = rotating
                    ? Optional.ofNullable(enforced)
                    : Optional.of(SettingsJson.required(enforced, "identityVerification.enforced"));
            Optional<Duration> grace = Optional.ofNullable(graceHours)
                    .map(hours -> Duration.ofHours(Math.max(-1, Math.min(hours, FAR_TOO_LONG_HOURS))));
            return SettingsFields.read(
                    "identityVerification.secret",
                    () -> new IdentityVerificationChange(
                            enforce, Optional.ofNullable(secret), Boolean.TRUE.equals(removeSecret), rotating, grace));
        }

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "IdentityRequest[enforced=" + enforced + ", secret=" + (secret == null ? "none" : "redacted")
                    + ", removeSecret=" + removeSecret + ", rotate=" + rotate + ", graceHours=" + graceHours + "]";
        }
    }

    /**
     * The section's body as {@code GET} answers it.
     *
     * @param allowedOrigins the sites that may embed the chat, sorted
     * @param identityVerification whether a secret is set and whether verification is enforced
     */
    public record Body(List<String> allowedOrigins, IdentityResponse identityVerification) {

        static Body of(EmbeddingView view) {
            return new Body(
                    List.copyOf(view.allowedOrigins().values()),
                    new IdentityResponse(
                            view.identityVerificationEnforced(),
                            view.identitySecretSet(),
                            view.previousIdentitySecretUntil()
                                    .map(Instant::toString)
                                    .orElse(null),
                            view.newIdentitySecret()
                                    .map(EmbeddingView.IssuedSecret::value)
                                    .orElse(null)));
        }
    }

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
    public record IdentityResponse(boolean enforced, boolean secretSet, String previousSecretUntil, String newSecret) {

        /** Never prints the new secret. */
        @Override
        public String toString() {
            return "IdentityResponse[enforced=" + enforced + ", secretSet=" + secretSet + ", previousSecretUntil="
                    + previousSecretUntil + ", newSecret=" + (newSecret == null ? "none" : "redacted") + "]";
        }
    }

    private EmbeddingSettingsQuery settings;
    private UpdateEmbeddingSettingsUseCase updating;

    @Inject
    public EmbeddingSettingsEndpoint(EmbeddingSettingsQuery settings, UpdateEmbeddingSettingsUseCase updating) {
        this.settings = settings;
        this.updating = updating;
    }

    /** For CDI proxies only. */
    protected EmbeddingSettingsEndpoint() {}

    @Override
    public String section() {
        return EmbeddingSettingsQuery.SECTION;
    }

    @Override
    public Set<String> fields() {
        return Set.of("allowedOrigins", "identityVerification");
    }

    @Override
    public Object read() {
        return Body.of(settings.embeddingSettings());
    }

    @Override
    public Object update(AgentId actor, JsonObject json) {
        Request body = StrictJsonb.jsonb().fromJson(json.toString(), Request.class);
        UpdateEmbeddingSettingsCommand command = new UpdateEmbeddingSettingsCommand(
                actor,
                Optional.ofNullable(body.allowedOrigins()).map(EmbeddingSettingsEndpoint::origins),
                Optional.ofNullable(body.identityVerification()).map(IdentityRequest::toCommand));
        return Body.of(SettingsFields.change(
                Map.of(
                        "identity_verification_needs_secret",
                        "identityVerification.enforced",
                        "invalid_identity_secret",
                        "identityVerification.secret",
                        "invalid_grace_period",
                        "identityVerification.graceHours"),
                () -> updating.update(command)));
    }

    private static AllowedOrigins origins(List<String> origins) {
        origins.forEach(origin -> SettingsJson.required(origin, "allowedOrigins[]"));
        return SettingsFields.read("allowedOrigins", () -> AllowedOrigins.of(origins));
    }
}
