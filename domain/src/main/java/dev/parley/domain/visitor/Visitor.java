package dev.parley.domain.visitor;

import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A storefront visitor as Parley knows them. An anonymous visitor proves who they are with a token Parley issued;
 * Parley keeps only the token's hash, so a stolen database does not give anyone a visitor's conversations.
 */
public final class Visitor {

    private final VisitorId id;
    private final TokenHash tokenHash;
    private final Instant createdAt;

    private Visitor(VisitorId id, TokenHash tokenHash, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tokenHash = Objects.requireNonNull(tokenHash, "token hash");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
    }

    /** A new anonymous visitor, known by the hash of the token issued to them. */
    public static Visitor anonymous(VisitorId id, TokenHash tokenHash, Instant now) {
        return new Visitor(id, tokenHash, now);
    }

    /** Rebuilds a visitor from what was stored; for persistence adapters only. */
    public static Visitor reconstitute(VisitorId id, TokenHash tokenHash, Instant createdAt) {
        return new Visitor(id, tokenHash, createdAt);
    }

    /** A short name for agents to tell anonymous visitors apart, such as "Visitor 5F2A". */
    public String displayName() {
        return displayNameOf(id);
    }

    /** The short name of an anonymous visitor, from their id alone. */
    public static String displayNameOf(VisitorId id) {
        return "Visitor " + id.value().toString().substring(0, 4).toUpperCase(Locale.ROOT);
    }

    public VisitorId id() {
        return id;
    }

    public TokenHash tokenHash() {
        return tokenHash;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
