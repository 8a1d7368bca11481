package dev.parley.application.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.apikey.port.in.CreateApiKeyCommand;
import dev.parley.application.apikey.port.in.CreatedApiKey;
import dev.parley.application.apikey.port.out.LoadApiKeysPort;
import dev.parley.application.apikey.port.out.SaveApiKeyPort;
import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.team.AdminChangeAuditService;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.domain.apikey.ApiKey;
import dev.parley.domain.apikey.ApiKeyHash;
import dev.parley.domain.apikey.ApiKeyId;
import dev.parley.domain.apikey.ApiKeyInvalidException;
import dev.parley.domain.apikey.ApiKeyName;
import dev.parley.domain.apikey.ApiKeyNotFoundException;
import dev.parley.domain.apikey.ApiKeySecret;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AdminsOnlyException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {

    private static final AgentId ADMIN = AgentId.random();

    private final Keys keys = new Keys();
    private final InMemoryTeam team = InMemoryTeam.withAdmin(ADMIN, "Ada Admin");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final ApiKeyService service =
            new ApiKeyService(keys, keys, new AdminChangeAuditService(team, audit, clock), clock);

    @Test
    void a_new_key_works_and_only_its_hash_is_kept() {
        CreatedApiKey created = service.create(new CreateApiKeyCommand(ADMIN, new ApiKeyName("Shop backend")));

        assertThat(service.authenticate(created.secret()))
                .isEqualTo(created.key().id());
        assertThat(keys.all).singleElement().satisfies(key -> {
            assertThat(key.hash()).isEqualTo(created.secret().hash());
            assertThat(key.prefix()).isEqualTo(created.key().prefix());
            assertThat(key.lastUsedAt()).isPresent();
            assertThat(key.createdBy()).isEqualTo(ADMIN);
        });
    }

    @Test
    void a_revoked_key_stops_working_at_once() {
        CreatedApiKey created = service.create(new CreateApiKeyCommand(ADMIN, new ApiKeyName("Shop")));

        service.revoke(ADMIN, created.key().id());

        assertThatThrownBy(() -> service.authenticate(created.secret()))
                .isInstanceOf(ApiKeyInvalidException.class)
                .hasFieldOrPropertyWithValue("code", "api_key_invalid");
        assertThat(service.list())
                .singleElement()
                .satisfies(view -> assertThat(view.revokedAt()).isPresent());
    }

    @Test
    void creating_and_revoking_are_recorded_as_the_admins_without_the_secret_and_only_admins_may() {
        CreatedApiKey created = service.create(new CreateApiKeyCommand(ADMIN, new ApiKeyName("Shop")));
        service.revoke(ADMIN, created.key().id());
        service.revoke(ADMIN, created.key().id());
        AgentId agent = team.addAgent("Bob Agent");

        assertThatThrownBy(() -> service.create(new CreateApiKeyCommand(agent, new ApiKeyName("Nope"))))
                .isInstanceOf(AdminsOnlyException.class);
        assertThat(audit.entries())
                .extracting(entry -> entry.action().code())
                .containsExactly("api_key.created", "api_key.revoked");
        assertThat(audit.entries()).allSatisfy(entry -> {
            assertThat(entry.actorName()).isEqualTo("Ada Admin");
            assertThat(entry.summary())
                    .containsEntry("key", created.key().id().toString())
                    .containsEntry("name", "Shop")
                    .containsEntry("prefix", created.key().prefix());
        });
        assertThat(audit.entries().toString()).doesNotContain(created.secret().value());
        assertThat(keys.all).hasSize(1);
    }

    @Test
    void unknown_keys_and_ids_are_refused() {
        assertThatThrownBy(() -> service.authenticate(new ApiKeySecret("pk_live_made-up")))
                .isInstanceOf(ApiKeyInvalidException.class);
        assertThatThrownBy(() -> service.revoke(ADMIN, ApiKeyId.random())).isInstanceOf(ApiKeyNotFoundException.class);
    }

    private static final class Keys implements LoadApiKeysPort, SaveApiKeyPort {

        private final List<ApiKey> all = new ArrayList<>();

        @Override
        public Optional<ApiKey> findByHash(ApiKeyHash hash) {
            return all.stream().filter(key -> key.hash().equals(hash)).findFirst();
        }

        @Override
        public Optional<ApiKey> findById(ApiKeyId id) {
            return all.stream().filter(key -> key.id().equals(id)).findFirst();
        }

        @Override
        public List<ApiKey> all() {
            return all.stream()
                    .sorted(Comparator.comparing(ApiKey::createdAt).reversed())
                    .toList();
        }

        @Override
        public void create(ApiKey key) {
            all.add(key);
        }

        @Override
        public void update(ApiKey key) {
            all.replaceAll(stored -> stored.id().equals(key.id()) ? key : stored);
        }
    }
}
