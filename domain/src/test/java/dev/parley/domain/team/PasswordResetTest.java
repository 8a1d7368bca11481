package dev.parley.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.AgentId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordResetTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private final SessionToken secret = SessionToken.issue(new SecureRandom());
    private final PasswordReset reset = PasswordReset.issue(secret.hash(), AgentId.random(), NOW, Duration.ofHours(1));

    @Test
    void a_link_works_once_until_it_expires() {
        assertThat(reset.usableAt(NOW.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(reset.usableAt(NOW.plus(Duration.ofHours(1)))).isFalse();

        PasswordReset used = reset.useAt(NOW.plusSeconds(30));

        assertThat(used.usedAt()).contains(NOW.plusSeconds(30));
        assertThat(used.usableAt(NOW.plusSeconds(31))).isFalse();
        assertThatThrownBy(() -> used.useAt(NOW.plusSeconds(40)))
                .isInstanceOf(PasswordResetLinkInvalidException.class)
                .hasFieldOrPropertyWithValue("code", "reset_link_invalid");
        assertThatThrownBy(() -> reset.useAt(NOW.plus(Duration.ofHours(1))))
                .isInstanceOf(PasswordResetLinkInvalidException.class);
    }

    @Test
    void a_lifetime_is_five_minutes_to_seven_days() {
        AgentId agent = AgentId.random();
        assertThat(PasswordReset.issue(secret.hash(), agent, NOW, PasswordReset.MIN_LIFETIME)
                        .expiresAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(PasswordReset.issue(secret.hash(), agent, NOW, PasswordReset.MAX_LIFETIME)
                        .expiresAt())
                .isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThatThrownBy(() -> PasswordReset.issue(secret.hash(), agent, NOW, Duration.ofMinutes(4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordReset.issue(secret.hash(), agent, NOW, Duration.ofDays(8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
