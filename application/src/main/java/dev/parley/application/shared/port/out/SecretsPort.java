package dev.parley.application.shared.port.out;

import dev.parley.domain.shared.SealedSecret;
import java.util.Optional;

/**
 * Keeps third parties' secrets encrypted at rest (authenticated encryption under a key from configuration). A secret is
 * sealed for a context (what it belongs to), and opens only for that context.
 */
public interface SecretsPort {

    /** Why secrets cannot be stored now (no key, or an unusable one); empty when they can. */
    Optional<String> unavailable();

    /**
     * Encrypts a secret.
     *
     * @throws dev.parley.domain.shared.SecretsKeyMissingException when there is no key
     */
    SealedSecret seal(String secret, String context);

    /**
     * Decrypts a secret sealed for this context, under the current key or the previous one.
     *
     * @throws dev.parley.domain.shared.SecretsKeyMissingException when no key opens it
     */
    String open(SealedSecret sealed, String context);

    /** Whether it was sealed under the current key (else it should be sealed anew). */
    boolean isCurrent(SealedSecret sealed);
}
