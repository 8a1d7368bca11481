package dev.parley.adapters.rest;

import dev.parley.application.apikey.port.in.ApiKeyView;

/**
 * An API key as admins see it; the secret only in the answer that created it.
 *
 * @param id the key
 * @param name what the admin called it
 * @param prefix its first characters, e.g. {@code pk_live_Ab3x}
 * @param createdAt when it was created
 * @param createdBy the admin who created it
 * @param lastUsedAt when it was last used (to the minute); absent if never
 * @param revokedAt when it was revoked; absent while it works
 * @param secret the key itself: only when just created, never again
 */
public record ApiKeyResponse(
        String id,
        String name,
        String prefix,
        String createdAt,
        String createdBy,
        String lastUsedAt,
        String revokedAt,
        String secret) {

    static ApiKeyResponse of(ApiKeyView view) {
        return withSecret(view, null);
    }

    static ApiKeyResponse withSecret(ApiKeyView view, String secret) {
        return new ApiKeyResponse(
                view.id().toString(),
                view.name(),
                view.prefix(),
                view.createdAt().toString(),
                view.createdBy().toString(),
                view.lastUsedAt().map(Object::toString).orElse(null),
                view.revokedAt().map(Object::toString).orElse(null),
                secret);
    }
}
