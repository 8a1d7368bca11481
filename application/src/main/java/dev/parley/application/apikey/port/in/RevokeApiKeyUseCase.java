package dev.parley.application.apikey.port.in;

import dev.parley.domain.apikey.ApiKeyId;
import dev.parley.domain.shared.AgentId;

/** Driven by the admins' REST API. */
public interface RevokeApiKeyUseCase {

    /**
     * The key stops working at once; revoking a revoked key changes nothing.
     *
     * @throws dev.parley.domain.apikey.ApiKeyNotFoundException when there is no such key
     */
    ApiKeyView revoke(AgentId admin, ApiKeyId key);
}
