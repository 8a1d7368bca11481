package dev.parley.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.shared.AgentId;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void a_key_keeps_only_the_hash_and_a_short_prefix_of_its_secret() {
        ApiKeySecret secret = ApiKeySecret.issue(new SecureRandom());
        ApiKey key = ApiKey.create(ApiKeyId.random(), new ApiKeyName("Shop"), secret, AgentId.random(), NOW);

        assertThat(secret.value()).startsWith("pk_live_").hasSize(8 + 43);
        assertThat(key.hash()).isEqualTo(secret.hash());
        assertThat(key.prefix()).hasSize(12).isEqualTo(secret.value().substring(0, 12));
        assertThat(secret.toString()).doesNotContain(secret.value());
        assertThat(key.isActive()).isTrue();
    }

    @Test
    void revoking_is_final_and_happens_once() {
        ApiKey key = ApiKey.create(
                ApiKeyId.random(),
                new ApiKeyName("Shop"),
                ApiKeySecret.issue(new SecureRandom()),
                AgentId.random(),
                NOW);

        assertThat(key.revoke(NOW.plusSeconds(1))).isTrue();
        assertThat(key.revoke(NOW.plusSeconds(2))).isFalse();
        assertThat(key.isActive()).isFalse();
        assertThat(key.revokedAt()).contains(NOW.plusSeconds(1));
    }

    @Test
    void use_is_written_down_at_most_once_a_minute() {
        ApiKey key = ApiKey.create(
                ApiKeyId.random(),
                new ApiKeyName("Shop"),
                ApiKeySecret.issue(new SecureRandom()),
                AgentId.random(),
                NOW);

        assertThat(key.usedAt(NOW)).isTrue();
        assertThat(key.usedAt(NOW.plusSeconds(30))).isFalse();
        assertThat(key.usedAt(NOW.plusSeconds(60))).isTrue();
        assertThat(key.lastUsedAt()).contains(NOW.plusSeconds(60));
    }
}
