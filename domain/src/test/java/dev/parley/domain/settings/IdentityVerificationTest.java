package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class IdentityVerificationTest {

    private static final String SECRET = "s3cr3t-0123456789-abcdefghij-KLMN";
    private static final String NEW_SECRET = "n3w-s3cr3t-0123456789-abcdefghij-OPQ";
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private final IdentityVerification verification =
            IdentityVerification.none().withSecret(SECRET);

    /** What the store computes on its side, with the JDK's own HMAC. */
    private static String storeSigns(String secret, String userId) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void verifies_the_stores_signature_of_a_user_id() throws Exception {
        assertThat(verification.verify("customer-42", storeSigns(SECRET, "customer-42"), NOW))
                .isTrue();
        assertThat(verification.verify(
                        "customer-42", storeSigns(SECRET, "customer-42").toUpperCase(Locale.ROOT), NOW))
                .isTrue();
        assertThat(verification.verify("zażółć@example.com", storeSigns(SECRET, "zażółć@example.com"), NOW))
                .isTrue();
    }

    @Test
    void refuses_a_signature_of_another_user_or_under_another_secret() throws Exception {
        assertThat(verification.verify("customer-43", storeSigns(SECRET, "customer-42"), NOW))
                .isFalse();
        assertThat(verification.verify("customer-42", storeSigns(SECRET + "x", "customer-42"), NOW))
                .isFalse();
    }

    @Test
    void refuses_signatures_of_the_wrong_length_or_not_in_hex() throws Exception {
        String good = storeSigns(SECRET, "customer-42");

        assertThat(verification.verify("customer-42", good.substring(0, 62), NOW))
                .isFalse();
        assertThat(verification.verify("customer-42", good + "00", NOW)).isFalse();
        assertThat(verification.verify("customer-42", "", NOW)).isFalse();
        assertThat(verification.verify("customer-42", null, NOW)).isFalse();
        assertThat(verification.verify("customer-42", "zz" + good.substring(2), NOW))
                .isFalse();
    }

    @Test
    void verifies_nothing_without_a_secret() throws Exception {
        assertThat(IdentityVerification.none().verify("customer-42", storeSigns(SECRET, "customer-42"), NOW))
                .isFalse();
    }

    @Test
    void computes_hmac_sha256_as_rfc_4231_defines_it() throws Exception {
        byte[] jefe = IdentityVerification.hmacSha256(
                "Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(jefe))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");

        String longSecret = "k".repeat(100);
        assertThat(IdentityVerification.none().withSecret(longSecret).verify("u", storeSigns(longSecret, "u"), NOW))
                .isTrue();
    }

    @Test
    void accepts_user_ids_of_one_and_of_exactly_200_characters_and_refuses_others() throws Exception {
        String longest = "u".repeat(200);

        assertThat(verification.verify("u", storeSigns(SECRET, "u"), NOW)).isTrue();
        assertThat(verification.verify(longest, storeSigns(SECRET, longest), NOW))
                .isTrue();
        assertThatThrownBy(() -> verification.verify("u".repeat(201), storeSigns(SECRET, "u".repeat(201)), NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("A user id is 1 to 200 characters long.")
                .extracting("code")
                .isEqualTo("invalid_user_id");
        assertThatThrownBy(() -> verification.verify("", "00", NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_user_id");
        assertThatThrownBy(() -> verification.verify("  ", "00", NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_user_id");
    }

    @Test
    void accepts_a_secret_of_exactly_32_characters_and_refuses_31() {
        assertThat(IdentityVerification.none().withSecret("x".repeat(32)).secret())
                .contains("x".repeat(32));
        assertThatThrownBy(() -> IdentityVerification.none().withSecret("x".repeat(31)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The identity-verification secret must be at least 32 characters long, without spaces.")
                .extracting("code")
                .isEqualTo("invalid_identity_secret");
    }

    @Test
    void refuses_a_secret_with_spaces_in_it() {
        assertThatThrownBy(() -> IdentityVerification.none().withSecret(SECRET + "\n"))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_identity_secret");
    }

    @Test
    void enforcing_needs_a_secret() {
        assertThat(verification.withEnforced(true).enforced()).isTrue();
        assertThatThrownBy(() -> IdentityVerification.none().withEnforced(true))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Identity verification can only be enforced while a secret is set.")
                .extracting("code")
                .isEqualTo("identity_verification_needs_secret");
        assertThatThrownBy(() -> verification.withEnforced(true).withoutSecret())
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("identity_verification_needs_secret");
        assertThatThrownBy(() -> new IdentityVerification(Optional.empty(), true))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_secret_is_never_printed() {
        IdentityVerification enforced = verification.withEnforced(true);

        assertThat(enforced.toString())
                .doesNotContain(SECRET)
                .doesNotContain("s3cr3t")
                .isEqualTo("IdentityVerification[secret=set, enforced=true]");
        assertThat(IdentityVerification.none()).hasToString("IdentityVerification[secret=none, enforced=false]");
        assertThat(EmbeddingSettings.defaults()
                        .withIdentityVerification(enforced)
                        .toString())
                .doesNotContain("s3cr3t");
    }

    @Test
    void the_secret_is_not_echoed_in_error_messages() {
        assertThatThrownBy(() -> IdentityVerification.none().withSecret("short-s3cr3t"))
                .isInstanceOf(InvalidValueException.class)
                .message()
                .doesNotContain("s3cr3t");
    }

    @Test
    void signs_a_user_id_as_the_stores_server_does_and_verifies_its_own_signature() throws Exception {
        String signed = verification.sign("demo-customer");

        assertThat(signed).isEqualTo(storeSigns(SECRET, "demo-customer"));
        assertThat(verification.verify("demo-customer", signed, NOW)).isTrue();
        assertThatThrownBy(() -> IdentityVerification.none().sign("demo-customer"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> verification.sign(" "))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_user_id");
    }

    @Test
    void a_random_secret_is_a_valid_new_secret_each_time_and_keeps_the_enforcement() {
        SecureRandom random = new SecureRandom();

        IdentityVerification first = IdentityVerification.none().withRandomSecret(random);
        IdentityVerification second = IdentityVerification.none().withRandomSecret(random);

        assertThat(first.secret())
                .hasValueSatisfying(secret -> assertThat(secret).matches("[0-9a-f]{64}"));
        assertThat(first.secret()).isNotEqualTo(second.secret());
        assertThat(verification.withEnforced(true).withRandomSecret(random).enforced())
                .isTrue();
    }

    @Test
    void a_replaced_secret_keeps_verifying_until_the_grace_period_ends_and_not_a_moment_longer() throws Exception {
        IdentityVerification rotated = verification.replacedBy(NEW_SECRET, NOW, Duration.ofHours(24));
        String oldSignature = storeSigns(SECRET, "customer-42");

        assertThat(rotated.verify("customer-42", storeSigns(NEW_SECRET, "customer-42"), NOW))
                .isTrue();
        assertThat(rotated.verify("customer-42", oldSignature, NOW)).isTrue();
        assertThat(rotated.verify(
                        "customer-42",
                        oldSignature,
                        NOW.plus(Duration.ofHours(24)).minusNanos(1)))
                .isTrue();
        assertThat(rotated.verify("customer-42", oldSignature, NOW.plus(Duration.ofHours(24))))
                .isFalse();
        assertThat(rotated.verify("customer-42", storeSigns(NEW_SECRET, "customer-42"), NOW.plus(Duration.ofDays(9))))
                .isTrue();
        assertThat(rotated.previousSecretUntil(NOW)).contains(NOW.plus(Duration.ofHours(24)));
        assertThat(rotated.previousSecretUntil(NOW.plus(Duration.ofHours(24)))).isEmpty();
    }

    @Test
    void without_a_grace_period_the_replaced_secret_stops_at_once() throws Exception {
        IdentityVerification rotated = verification.replacedBy(NEW_SECRET, NOW, Duration.ZERO);

        assertThat(rotated.verify("customer-42", storeSigns(SECRET, "customer-42"), NOW))
                .isFalse();
        assertThat(rotated.previous()).isEmpty();
        assertThat(verification.withSecret(NEW_SECRET).verify("customer-42", storeSigns(SECRET, "customer-42"), NOW))
                .isFalse();
    }

    @Test
    void rotating_makes_a_new_random_secret_of_256_bits_and_keeps_only_the_one_it_replaces() throws Exception {
        IdentityVerification once = verification.rotated(new SecureRandom(), NOW, Duration.ofHours(1));
        IdentityVerification twice = once.rotated(new SecureRandom(), NOW, Duration.ofHours(1));

        assertThat(once.secret().orElseThrow()).matches("[0-9a-f]{64}").isNotEqualTo(SECRET);
        assertThat(once.verify("u", storeSigns(SECRET, "u"), NOW)).isTrue();
        assertThat(twice.verify("u", storeSigns(once.secret().orElseThrow(), "u"), NOW))
                .isTrue();
        assertThat(twice.verify("u", storeSigns(SECRET, "u"), NOW)).isFalse();
    }

    @Test
    @SuppressWarnings("CanonicalDuration") // in hours, as stores set it, next to the 169 hours that are refused
    void the_grace_period_is_zero_to_168_hours() {
        assertThat(verification
                        .replacedBy(NEW_SECRET, NOW, Duration.ofHours(168))
                        .previous())
                .isPresent();
        for (Duration wrong : new Duration[] {Duration.ofHours(169), Duration.ofSeconds(-1)}) {
            assertThatThrownBy(() -> verification.replacedBy(NEW_SECRET, NOW, wrong))
                    .isInstanceOf(InvalidValueException.class)
                    .hasFieldOrPropertyWithValue("code", "invalid_grace_period");
        }
    }

    @Test
    void removing_the_secret_forgets_the_previous_one_too_and_nothing_prints_either() {
        IdentityVerification rotated = verification.replacedBy(NEW_SECRET, NOW, Duration.ofHours(24));

        assertThat(rotated.toString()).doesNotContain(SECRET).doesNotContain(NEW_SECRET);
        assertThat(rotated.withoutSecret().previous()).isEmpty();
        assertThat(rotated.withEnforced(true).previous()).isEqualTo(rotated.previous());
        assertThat(rotated.replacedBy(NEW_SECRET, NOW, Duration.ZERO)).isEqualTo(rotated);
    }
}
