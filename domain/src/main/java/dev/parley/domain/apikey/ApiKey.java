package dev.parley.domain.apikey;

import dev.parley.domain.shared.AgentId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A key the store's servers use to call Parley. An admin creates it (its secret is shown once), it works until it is
 * revoked, and revoking is final. Parley notes when a key was last used, to the minute, so that admins can tell which
 * keys are still in use.
 */
public final class ApiKey {

    /** How stale {@link #lastUsedAt()} may get before a use is written down again. */
    public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiKeyId id;
    private final ApiKeyName name;
    private final ApiKeyHash hash;
    private final String prefix;
    private final Instant createdAt;
    private final AgentId createdBy;
    private Optional<Instant> lastUsedAt;
    private Optional<Instant> revokedAt;

    private ApiKey(
            ApiKeyId id,
            ApiKeyName name,
            ApiKeyHash hash,
            String prefix,
            Instant createdAt,
            AgentId createdBy,
            Optional<Instant> lastUsedAt,
            Optional<Instant> revokedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.createdBy = Objects.requireNonNull(createdBy, "created by");
        this.lastUsedAt = Objects.requireNonNull(lastUsedAt, "last used at");
        this.revokedAt = Objects.requireNonNull(revokedAt, "revoked at");
    }

    /** A new key holding the given secret, of which only the hash and prefix are kept. */
    public static ApiKey create(ApiKeyId id, ApiKeyName name, ApiKeySecret secret, AgentId by, Instant now) {
        return new ApiKey(id, name, secret.hash(), secret.displayPrefix(), now, by, Optional.empty(), Optional.empty());
    }

    /** Rebuilds a key from what was stored; for persistence adapters only. */
    public static ApiKey reconstitute(
            ApiKeyId id,
            ApiKeyName name,
            ApiKeyHash hash,
            String prefix,
            Instant createdAt,
            AgentId createdBy,
            Optional<Instant> lastUsedAt,
            Optional<Instant> revokedAt) {
        return new ApiKey(id, name, hash, prefix, createdAt, createdBy, lastUsedAt, revokedAt);
    }

    /**
     * The key stops working now; revoking a revoked key changes nothing.
     *
     * @return whether this call revoked it
     */
    public boolean revoke(Instant now) {
        if (revokedAt.isPresent()) {
            return false;
        }
        revokedAt = Optional.of(now);
        return true;
    }

    public boolean isActive() {
        return revokedAt.isEmpty();
    }

    /**
     * The key was just used.
     *
     * @return whether {@link #lastUsedAt()} moved and is worth storing (at most once per {@link
     *     #LAST_USED_PRECISION})
     */
    public boolean usedAt(Instant now) {
        if (lastUsedAt.isPresent() && lastUsedAt.get().plus(LAST_USED_PRECISION).isAfter(now)) {
            return false;
        }
        lastUsedAt = Optional.of(now);
        return true;
    }

    public ApiKeyId id() {
        return id;
    }

    public ApiKeyName name() {
        return name;
    }

    public ApiKeyHash hash() {
        return hash;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public AgentId createdBy() {
        return createdBy;
    }

    public Optional<Instant> lastUsedAt() {
        return lastUsedAt;
    }

    public Optional<Instant> revokedAt() {
        return revokedAt;
    }
}
