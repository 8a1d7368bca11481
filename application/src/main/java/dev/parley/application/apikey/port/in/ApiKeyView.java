package dev.parley.application.apikey.port.in;

import dev.parley.domain.apikey.ApiKey;
import dev.parley.domain.apikey.ApiKeyId;
import dev.parley.domain.shared.AgentId;
import java.time.Instant;
import java.util.Optional;

/**
 * An API key as admins see it; never carries the secret or its hash.
 *
 * @param id the key
 * @param name what the admin called it
 * @param prefix its first characters, to tell keys apart
 * @param createdAt when it was created
 * @param createdBy the admin who created it
 * @param lastUsedAt when it was last used, to the minute
 * @param revokedAt when it was revoked
 */
public record ApiKeyView(
        ApiKeyId id,
        String name,
        String prefix,
        Instant createdAt,
        AgentId createdBy,
        Optional<Instant> lastUsedAt,
        Optional<Instant> revokedAt) {

    public static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(
                key.id(),
                key.name().value(),
                key.prefix(),
                key.createdAt(),
                key.createdBy(),
                key.lastUsedAt(),
                key.revokedAt());
    }
}
