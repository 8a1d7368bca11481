package dev.parley.server.it;

import static dev.parley.server.it.Frames.absentOrNull;
import static dev.parley.server.it.ParleyClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rotating the identity-verification secret: Parley makes a new one and shows it once; signatures under the secret it
 * replaced keep working for the grace period, and not at all without one; a refused rotation changes nothing.
 */
class SecretRotationIT {

    private static final String FIRST_SECRET = "it-rotation-secret-" + UUID.randomUUID();

    private final AgentSession admin = ParleyClient.signInAsAdmin();
    private JsonObject before;

    @BeforeEach
    void setFirstSecret() {
        before = SettingsApi.read(admin);
        SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add(
                                "identityVerification",
                                Json.createObjectBuilder().add("enforced", true).add("secret", FIRST_SECRET))
                        .build());
    }

    @AfterEach
    void restore() {
        SettingsApi.restore(admin, before);
    }

    @Test
    void the_new_secret_is_answered_once_and_the_old_one_keeps_verifying_during_the_grace_period() {
        Instant asked = Instant.now();
        JsonObject answer = rotate(Json.createObjectBuilder()
                .add("rotate", true)
                .add("graceHours", 24)
                .build());

        JsonObject identity = answer.getJsonObject("identityVerification");
        String newSecret = identity.getString("newSecret");
        assertThat(newSecret).matches("[0-9a-f]{64}");
        assertThat(identity.getBoolean("enforced")).isTrue();
        assertThat(identity.getBoolean("secretSet")).isTrue();
        Instant until = Instant.parse(identity.getString("previousSecretUntil"));
        assertThat(Duration.between(asked, until))
                .isBetween(
                        Duration.ofHours(24).minusMinutes(1),
                        Duration.ofHours(24).plusMinutes(1));

        JsonObject read = SettingsApi.read(admin).getJsonObject("identityVerification");
        assertThat(absentOrNull(read, "newSecret")).as("%s", read).isTrue();
        assertThat(read.getString("previousSecretUntil")).isEqualTo(identity.getString("previousSecretUntil"));
        assertThat(SettingsApi.get(Optional.of(admin)).body())
                .doesNotContain(newSecret)
                .doesNotContain(FIRST_SECRET);

        assertSignedInUnder(FIRST_SECRET);
        assertSignedInUnder(newSecret);
    }

    @Test
    void without_a_grace_period_the_old_secret_is_refused_at_once() {
        JsonObject answer = rotate(Json.createObjectBuilder()
                .add("rotate", true)
                .add("graceHours", 0)
                .build());

        String newSecret = answer.getJsonObject("identityVerification").getString("newSecret");
        assertThat(absentOrNull(answer.getJsonObject("identityVerification"), "previousSecretUntil"))
                .isTrue();
        assertRejectedUnder(FIRST_SECRET);
        assertSignedInUnder(newSecret);
    }

    @Test
    void a_refused_rotation_changes_nothing() {
        JsonObject settingsBefore = SettingsApi.read(admin);

        assertProblem(
                SettingsApi.put(
                        admin,
                        Json.createObjectBuilder()
                                .add(
                                        "identityVerification",
                                        Json.createObjectBuilder()
                                                .add("rotate", true)
                                                .add("graceHours", 169))
                                .build()),
                400,
                "invalid_grace_period");
        assertProblem(
                SettingsApi.put(
                        admin,
                        Json.createObjectBuilder()
                                .add(
                                        "identityVerification",
                                        Json.createObjectBuilder()
                                                .add("rotate", true)
                                                .add("secret", FIRST_SECRET + "-other"))
                                .build()),
                400,
                "invalid_identity_secret");

        assertThat(SettingsApi.read(admin)).isEqualTo(settingsBefore);
        assertSignedInUnder(FIRST_SECRET);
    }

    @Test
    void a_secret_of_the_admins_keeps_the_old_one_only_for_the_grace_hours_given() {
        String second = FIRST_SECRET + "-second";
        JsonObject answer = rotate(Json.createObjectBuilder()
                .add("enforced", true)
                .add("secret", second)
                .add("graceHours", 2)
                .build());

        assertThat(absentOrNull(answer.getJsonObject("identityVerification"), "newSecret"))
                .isTrue();
        assertThat(answer.getJsonObject("identityVerification").getString("previousSecretUntil"))
                .isNotBlank();
        assertSignedInUnder(FIRST_SECRET);
        assertSignedInUnder(second);

        rotate(Json.createObjectBuilder()
                .add("enforced", true)
                .add("secret", FIRST_SECRET)
                .build());
        assertRejectedUnder(second);
    }

    private JsonObject rotate(JsonObject identityVerification) {
        return SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add("identityVerification", identityVerification)
                        .build());
    }

    private static void assertSignedInUnder(String secret) {
        String user = "rotation-customer-" + UUID.randomUUID();
        try (FrameSocket socket = FrameSocket.open("/ws/visitor", Optional.empty())) {
            socket.send(Frames.identifiedHello(user, Frames.storeSigns(secret, user)));
            assertThat(absentOrNull(socket.next("ready"), "visitorId")).isFalse();
        }
    }

    private static void assertRejectedUnder(String secret) {
        String user = "rotation-customer-" + UUID.randomUUID();
        try (FrameSocket socket = FrameSocket.open("/ws/visitor", Optional.empty())) {
            socket.send(Frames.identifiedHello(user, Frames.storeSigns(secret, user)));
            assertThat(socket.next("error").getString("code")).isEqualTo("identity_rejected");
        }
    }
}
