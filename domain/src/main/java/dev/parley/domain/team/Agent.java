package dev.parley.domain.team;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/**
 * A member of the store's support team, who signs in to the inbox. The password is kept only as a slow salted hash,
 * made and checked outside the domain; the agent just carries it.
 */
public final class Agent {

    private final AgentId id;
    private final EmailAddress email;
    private final String displayName;
    private final Role role;
    private final String passwordHash;
    private final Instant createdAt;

    private Agent(AgentId id, EmailAddress email, String displayName, Role role, String passwordHash,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.displayName = requireDisplayName(displayName);
        this.role = Objects.requireNonNull(role, "role");
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
    }

    /** Adds a new team member. */
    public static Agent create(AgentId id, EmailAddress email, String displayName, Role role, String passwordHash,
            Instant now) {
        return new Agent(id, email, displayName, role, passwordHash, now);
    }

    /** Rebuilds an agent from what was stored; for persistence adapters only. */
    public static Agent reconstitute(AgentId id, EmailAddress email, String displayName, Role role,
            String passwordHash, Instant createdAt) {
        return new Agent(id, email, displayName, role, passwordHash, createdAt);
    }

    private static String requireDisplayName(String name) {
        Objects.requireNonNull(name, "display name");
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidValueException("invalid_name", "A name is 1 to 100 characters long.");
        }
        return trimmed;
    }

    public AgentId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
