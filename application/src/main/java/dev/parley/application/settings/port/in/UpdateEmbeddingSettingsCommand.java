package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin changes which sites may embed the chat, or identity verification of their logged-in visitors; an empty
 * field stays as it is.
 *
 * @param actor the admin
 * @param allowedOrigins the sites that may embed the chat
 * @param identityVerification identity verification of logged-in visitors
 */
public record UpdateEmbeddingSettingsCommand(
        AgentId actor,
        Optional<AllowedOrigins> allowedOrigins,
        Optional<IdentityVerificationChange> identityVerification) {

    public UpdateEmbeddingSettingsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(allowedOrigins, "allowed origins");
        Objects.requireNonNull(identityVerification, "identity verification");
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
    public record IdentityVerificationChange(
            Optional<Boolean> enforced,
            Optional<String> newSecret,
            boolean removeSecret,
            boolean rotate,
            Optional<Duration> grace) {

        /** The longest secret Parley stores, in characters. */
        public static final int MAX_SECRET_LENGTH = 256;

        public IdentityVerificationChange {
            Objects.requireNonNull(enforced, "enforced");
            Objects.requireNonNull(newSecret, "new secret");
            Objects.requireNonNull(grace, "grace period");
            if ((newSecret.isPresent() ? 1 : 0) + (removeSecret ? 1 : 0) + (rotate ? 1 : 0) > 1) {
                throw new InvalidValueException(
                        "invalid_identity_secret",
                        "Give a new identity-verification secret,"
                                + " rotate it or remove it: one of the three at a time.");
            }
            if (newSecret.filter(secret -> secret.length() > MAX_SECRET_LENGTH).isPresent()) {
                throw new InvalidValueException(
                        "invalid_identity_secret",
                        "The identity-verification secret can be" + " at most " + MAX_SECRET_LENGTH
                                + " characters long.");
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
