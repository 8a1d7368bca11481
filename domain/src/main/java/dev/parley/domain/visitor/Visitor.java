package dev.parley.domain.visitor;

import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A storefront visitor as Parley knows them. An anonymous visitor proves who they are with a token Parley issued;
 * Parley keeps only the token's hash, so a stolen database does not give anyone a visitor's conversations. A visitor
 * logged in to the store is also known by the store's user id ({@link #externalId()}), which the store vouches for
 * with a signature (identity verification); their conversations follow that user id from device to device.
 */
public final class Visitor {

    private final VisitorId id;
    private final TokenHash tokenHash;
    private final Optional<String> externalId;
    private final Instant createdAt;

    private Visitor(VisitorId id, TokenHash tokenHash, Optional<String> externalId, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tokenHash = Objects.requireNonNull(tokenHash, "token hash");
        this.externalId = Objects.requireNonNull(externalId, "external id");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
    }

    /** A new anonymous visitor, known by the hash of the token issued to them. */
    public static Visitor anonymous(VisitorId id, TokenHash tokenHash, Instant now) {
        return new Visitor(id, tokenHash, Optional.empty(), now);
    }

    /**
     * A new visitor logged in to the store as {@code externalId}, whose signature has been verified already; they
     * also hold a token, for the transports that authenticate by token.
     */
    public static Visitor identified(VisitorId id, String externalId, TokenHash tokenHash, Instant now) {
        Objects.requireNonNull(externalId, "external id");
        return new Visitor(id, tokenHash, Optional.of(externalId), now);
    }

    /** Rebuilds an anonymous visitor from what was stored; for persistence adapters only. */
    public static Visitor reconstitute(VisitorId id, TokenHash tokenHash, Instant createdAt) {
        return new Visitor(id, tokenHash, Optional.empty(), createdAt);
    }

    /** Rebuilds a visitor from what was stored; for persistence adapters only. */
    public static Visitor reconstitute(
            VisitorId id, TokenHash tokenHash, Optional<String> externalId, Instant createdAt) {
        return new Visitor(id, tokenHash, externalId, createdAt);
    }

    /** The same visitor holding a newly issued token; the token held before stops working. */
    public Visitor withToken(TokenHash newTokenHash) {
        return new Visitor(id, newTokenHash, externalId, createdAt);
    }

    public VisitorId id() {
        return id;
    }

    public TokenHash tokenHash() {
        return tokenHash;
    }

    /** The store's user id of a logged-in visitor; empty for an anonymous one. */
    public Optional<String> externalId() {
        return externalId;
    }

    public boolean isIdentified() {
        return externalId.isPresent();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
