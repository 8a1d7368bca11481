package dev.parley.domain.shared;

/**
 * Parley cannot keep a third party's secret: it has no key to encrypt it with ({@code PARLEY_SECRETS_KEY} is not set,
 * or not usable), and it never stores such secrets in the clear.
 */
public class SecretsKeyMissingException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SecretsKeyMissingException(String why) {
        super(
                "secrets_key_missing",
                "Parley cannot store secrets: " + why
                        + " Set PARLEY_SECRETS_KEY to 32 random bytes in base64 (see docs/security.md) and restart.");
    }
}
