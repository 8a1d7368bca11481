package dev.parley.application.apikey;

import dev.parley.application.apikey.port.in.ApiKeyView;
import dev.parley.application.apikey.port.in.AuthenticateApiKeyUseCase;
import dev.parley.application.apikey.port.in.CreateApiKeyCommand;
import dev.parley.application.apikey.port.in.CreateApiKeyUseCase;
import dev.parley.application.apikey.port.in.CreatedApiKey;
import dev.parley.application.apikey.port.in.ListApiKeysQuery;
import dev.parley.application.apikey.port.in.RevokeApiKeyUseCase;
import dev.parley.application.apikey.port.out.LoadApiKeysPort;
import dev.parley.application.apikey.port.out.SaveApiKeyPort;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.domain.apikey.ApiKey;
import dev.parley.domain.apikey.ApiKeyId;
import dev.parley.domain.apikey.ApiKeyInvalidException;
import dev.parley.domain.apikey.ApiKeyNotFoundException;
import dev.parley.domain.apikey.ApiKeySecret;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Creates, lists and revokes the store's API keys, and recognises them on server-to-server calls. Creating and revoking
 * are recorded in the audit log with the change (never a key's secret).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class ApiKeyService
        implements CreateApiKeyUseCase, ListApiKeysQuery, RevokeApiKeyUseCase, AuthenticateApiKeyUseCase {

    private static final Logger LOG = Logger.getLogger(ApiKeyService.class.getName());

    private final SecureRandom random = new SecureRandom();
    private LoadApiKeysPort keys;
    private SaveApiKeyPort savedKeys;
    private AdminChangeAudit audit;
    private Clock clock;

    @Inject
    public ApiKeyService(LoadApiKeysPort keys, SaveApiKeyPort savedKeys, AdminChangeAudit audit, Clock clock) {
        this.keys = keys;
        this.savedKeys = savedKeys;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected ApiKeyService() {}

    @Override
    public CreatedApiKey create(CreateApiKeyCommand command) {
        AuditActor admin = audit.requireAdmin(command.admin());
        ApiKeySecret secret = ApiKeySecret.issue(random);
        ApiKey key = ApiKey.create(ApiKeyId.random(), command.name(), secret, command.admin(), clock.instant());
        savedKeys.create(key);
        audit.record(admin, AuditAction.API_KEY_CREATED, about(key));
        LOG.info(() -> "event=api_key_created key=" + key.id() + " prefix=" + key.prefix() + " by=" + command.admin());
        return new CreatedApiKey(ApiKeyView.of(key), secret);
    }

    @Override
    public List<ApiKeyView> list() {
        return keys.all().stream().map(ApiKeyView::of).toList();
    }

    @Override
    public ApiKeyView revoke(AgentId admin, ApiKeyId id) {
        AuditActor actor = audit.requireAdmin(admin);
        ApiKey key = keys.findById(id).orElseThrow(ApiKeyNotFoundException::new);
        if (key.revoke(clock.instant())) {
            savedKeys.update(key);
            audit.record(actor, AuditAction.API_KEY_REVOKED, about(key));
            LOG.info(() -> "event=api_key_revoked key=" + key.id() + " prefix=" + key.prefix() + " by=" + admin);
        }
        return ApiKeyView.of(key);
    }

    @Override
    public ApiKeyId authenticate(ApiKeySecret presented) {
        ApiKey key =
                keys.findByHash(presented.hash()).filter(ApiKey::isActive).orElseThrow(ApiKeyInvalidException::new);
        Instant now = clock.instant();
        if (key.usedAt(now)) {
            savedKeys.update(key);
        }
        return key.id();
    }

    /** What the audit log says of a key: its name and prefix only, never its secret. */
    private static Map<String, Object> about(ApiKey key) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("key", key.id().toString());
        summary.put("name", key.name().value());
        summary.put("prefix", key.prefix());
        return summary;
    }
}
