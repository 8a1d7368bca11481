package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.apikey.port.out.LoadApiKeysPort;
import dev.parley.application.apikey.port.out.SaveApiKeyPort;
import dev.parley.domain.apikey.ApiKey;
import dev.parley.domain.apikey.ApiKeyId;
import dev.parley.domain.apikey.ApiKeyName;
import dev.parley.domain.apikey.ApiKeySecret;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Role;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** API keys as the database keeps them: found by the hash of their secret only, revoked for good. */
@OnArquillianServer
class ApiKeyPersistenceIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Fixtures fixtures;

    @Inject
    LoadApiKeysPort keys;

    @Inject
    SaveApiKeyPort saved;

    @Test
    void a_key_is_found_by_the_hash_of_its_secret() {
        AgentId admin = fixtures.agent(Role.ADMIN);
        ApiKeySecret secret = ApiKeySecret.issue(RANDOM);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ApiKey key = ApiKey.create(ApiKeyId.random(), new ApiKeyName("Shop backend"), secret, admin, now);
        Tx.run(() -> saved.create(key));

        ApiKey found = Tx.call(() -> keys.findByHash(secret.hash())).orElseThrow();
        assertThat(found.id()).isEqualTo(key.id());
        assertThat(found.name()).isEqualTo(new ApiKeyName("Shop backend"));
        assertThat(found.prefix()).isEqualTo(key.prefix());
        assertThat(found.createdBy()).isEqualTo(admin);
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.isActive()).isTrue();

        assertThat(Tx.call(() -> keys.findByHash(ApiKeySecret.issue(RANDOM).hash())))
                .as("another secret")
                .isEmpty();
        assertThat(Tx.call(() -> keys.all())).extracting(ApiKey::id).contains(key.id());
    }

    @Test
    void a_revoked_key_and_its_last_use_are_kept() {
        AgentId admin = fixtures.agent(Role.ADMIN);
        ApiKeySecret secret = ApiKeySecret.issue(RANDOM);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ApiKey key = ApiKey.create(ApiKeyId.random(), new ApiKeyName("Old integration"), secret, admin, now);
        Tx.run(() -> saved.create(key));

        Tx.run(() -> {
            ApiKey stored = keys.findById(key.id()).orElseThrow();
            stored.usedAt(now.plusSeconds(5));
            stored.revoke(now.plusSeconds(10));
            saved.update(stored);
        });

        ApiKey found = Tx.call(() -> keys.findByHash(secret.hash())).orElseThrow();
        assertThat(found.isActive()).isFalse();
        assertThat(found.revokedAt()).contains(now.plusSeconds(10));
        assertThat(found.lastUsedAt()).contains(now.plusSeconds(5));
    }
}
