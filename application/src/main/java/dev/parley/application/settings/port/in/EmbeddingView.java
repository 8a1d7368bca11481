package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.settings.EmbeddingSettings;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedding settings as an admin sees them. They tell whether an identity-verification secret is set, never the
 * secret itself, except once: a secret Parley has just made by rotating is in the answer to that change.
 *
 * @param allowedOrigins the sites that may embed the chat
 * @param identitySecretSet whether an identity-verification secret is set
 * @param identityVerificationEnforced whether logged-in visitors' user ids must be signed
 * @param previousIdentitySecretUntil until when the secret replaced last keeps verifying, while it does
 * @param newIdentitySecret the secret a rotation has just made, in the answer to that change only
 */
public record EmbeddingView(
        AllowedOrigins allowedOrigins,
        boolean identitySecretSet,
        boolean identityVerificationEnforced,
        Optional<Instant> previousIdentitySecretUntil,
        Optional<IssuedSecret> newIdentitySecret) {

    public EmbeddingView {
        Objects.requireNonNull(allowedOrigins, "allowed origins");
        Objects.requireNonNull(previousIdentitySecretUntil, "previous secret until");
        Objects.requireNonNull(newIdentitySecret, "new secret");
    }

    /** What an admin may see of these settings at {@code now}. */
    public static EmbeddingView of(EmbeddingSettings settings, Instant now) {
        return new EmbeddingView(
                settings.allowedOrigins(),
                settings.identityVerification().secret().isPresent(),
                settings.identityVerification().enforced(),
                settings.identityVerification().previousSecretUntil(now),
                Optional.empty());
    }

    /** The same view with the secret a rotation has just made, for the answer to that change. */
    public EmbeddingView withNewIdentitySecret(String secret) {
        return new EmbeddingView(
                allowedOrigins,
                identitySecretSet,
                identityVerificationEnforced,
                previousIdentitySecretUntil,
                Optional.of(new IssuedSecret(secret)));
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
