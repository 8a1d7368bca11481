package dev.parley.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.shared.SecretsKeyMissingException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AesGcmSecretsTest {

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private final String key = newKey();
    private final AesGcmSecrets secrets = new AesGcmSecrets(Optional.of(key), Optional.empty());

    @Test
    void a_sealed_secret_opens_for_its_context_only_and_never_shows_the_secret() {
        SealedSecret sealed = secrets.seal("whsec_abc123", "webhook:1");

        assertThat(sealed.value()).startsWith("v1:").doesNotContain("abc123");
        assertThat(secrets.open(sealed, "webhook:1")).isEqualTo("whsec_abc123");
        assertThat(secrets.seal("whsec_abc123", "webhook:1"))
                .as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        assertThatThrownBy(() -> secrets.open(sealed, "webhook:2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void a_changed_byte_does_not_open() {
        SealedSecret sealed = secrets.seal("whsec_abc123", "webhook:1");
        int cut = sealed.value().lastIndexOf(':') + 1;
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.value().substring(cut));
        for (int i = 0; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= 0x01;
            SealedSecret tampered = new SealedSecret(sealed.value().substring(0, cut)
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(changed));

            assertThatThrownBy(() -> secrets.open(tampered, "webhook:1"))
                    .as("byte %d changed", i)
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void after_a_key_rotation_old_secrets_open_with_the_previous_key_and_are_known_as_not_current() {
        SealedSecret old = secrets.seal("whsec_old", "webhook:1");
        AesGcmSecrets rotated = new AesGcmSecrets(Optional.of(newKey()), Optional.of(key));

        assertThat(rotated.open(old, "webhook:1")).isEqualTo("whsec_old");
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.isCurrent(rotated.seal("whsec_new", "webhook:1"))).isTrue();
        AesGcmSecrets forgotten = new AesGcmSecrets(Optional.of(newKey()), Optional.empty());
        assertThatThrownBy(() -> forgotten.open(old, "webhook:1"))
                .isInstanceOf(SecretsKeyMissingException.class)
                .hasMessageContaining("PARLEY_SECRETS_KEY_PREVIOUS");
    }

    @Test
    void without_a_usable_key_nothing_is_sealed_and_the_reason_is_given() {
        AesGcmSecrets none = new AesGcmSecrets(Optional.empty(), Optional.empty());

        assertThat(none.unavailable()).contains("PARLEY_SECRETS_KEY is not set.");
        assertThatThrownBy(() -> none.seal("whsec_x", "webhook:1")).isInstanceOf(SecretsKeyMissingException.class);
        assertThatThrownBy(() -> new AesGcmSecrets(Optional.of("c2hvcnQ="), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> new AesGcmSecrets(Optional.of("not base64!"), Optional.empty()))
                .hasMessageContaining("not base64");
        assertThat(AesGcmSecrets.refused("PARLEY_SECRETS_KEY is not base64.").unavailable())
                .contains("PARLEY_SECRETS_KEY is not base64.");
    }
}
