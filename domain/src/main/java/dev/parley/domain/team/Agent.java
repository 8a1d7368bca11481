package dev.parley.domain.team;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DisplayText;
import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/**
 * A member of the store's support team, who signs in to the inbox. The password is kept only as a slow salted hash,
 * made and checked outside the domain; the agent just carries it.
 *
 * <p>An agent is added by an admin (or is the installation's first admin), may have their role changed, changes
 * their own password and the language of their account, and is finally removed. Removal deactivates rather than deletes, because messages they wrote
 * and tickets they were assigned still name them: a deactivated agent can no longer sign in or be changed. The team
 * always keeps at least one active admin.
 */
public final class Agent {

    private final AgentId id;
    private final EmailAddress email;
    private final String displayName;
    private final Instant createdAt;
    private Role role;
    private String passwordHash;
    private boolean deactivated;
    private AccountLocale locale = AccountLocale.ENGLISH;
    private AgentStatus status = AgentStatus.AVAILABLE;

    private Agent(
            AgentId id,
            EmailAddress email,
            String displayName,
            Role role,
            String passwordHash,
            Instant createdAt,
            boolean deactivated) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.displayName = requireDisplayName(displayName);
        this.role = Objects.requireNonNull(role, "role");
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.deactivated = deactivated;
    }

    /** Adds a new team member. */
    public static Agent create(
            AgentId id, EmailAddress email, String displayName, Role role, String passwordHash, Instant now) {
        return new Agent(id, email, displayName, role, passwordHash, now, false);
    }

    /** Rebuilds an active agent from what was stored; for persistence adapters only. */
    public static Agent reconstitute(
            AgentId id, EmailAddress email, String displayName, Role role, String passwordHash, Instant createdAt) {
        return new Agent(id, email, displayName, role, passwordHash, createdAt, false);
    }

    /** Rebuilds an agent from what was stored; for persistence adapters only. */
    public static Agent reconstitute(
            AgentId id,
            EmailAddress email,
            String displayName,
            Role role,
            String passwordHash,
            Instant createdAt,
            boolean deactivated) {
        return new Agent(id, email, displayName, role, passwordHash, createdAt, deactivated);
    }

    /** Rebuilds an agent, with the language of their account, from what was stored; for persistence adapters only. */
    public static Agent reconstitute(
            AgentId id,
            EmailAddress email,
            String displayName,
            Role role,
            String passwordHash,
            Instant createdAt,
            boolean deactivated,
            AccountLocale locale) {
        Agent agent = new Agent(id, email, displayName, role, passwordHash, createdAt, deactivated);
        agent.locale = Objects.requireNonNull(locale, "locale");
        return agent;
    }

    /**
     * Rebuilds an agent, with the language of their account and the status they chose, from what was stored; for
     * persistence adapters only.
     */
    public static Agent reconstitute(
            AgentId id,
            EmailAddress email,
            String displayName,
            Role role,
            String passwordHash,
            Instant createdAt,
            boolean deactivated,
            AccountLocale locale,
            AgentStatus status) {
        Agent agent = reconstitute(id, email, displayName, role, passwordHash, createdAt, deactivated, locale);
        agent.status = Objects.requireNonNull(status, "status");
        return agent;
    }

    private static String requireDisplayName(String name) {
        Objects.requireNonNull(name, "display name");
        // A name shows what it is: no bidirectional controls, no invisible characters (see DisplayText).
        String trimmed = DisplayText.clean(name);
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidValueException("invalid_name", "A name is 1 to 100 characters long.");
        }
        return trimmed;
    }

    /**
     * Checks that this agent may manage the team: an active admin.
     *
     * @throws AdminsOnlyException when they are not
     */
    public void requireAdmin() {
        if (deactivated || role != Role.ADMIN) {
            throw new AdminsOnlyException();
        }
    }

    /**
     * Gives the agent another role.
     *
     * @param activeAdmins how many active admins the team has now, this agent included if they are one
     * @throws AgentNotFoundException when the agent has been removed
     * @throws LastAdminException when this would leave the team without an active admin
     */
    public void changeRole(Role newRole, long activeAdmins) {
        Objects.requireNonNull(newRole, "role");
        requireActive();
        if (role == Role.ADMIN && newRole != Role.ADMIN && activeAdmins <= 1) {
            throw new LastAdminException(displayName);
        }
        role = newRole;
    }

    /**
     * Removes the agent from the team, keeping their name for what they wrote.
     *
     * @param by the admin who removes them
     * @param activeAdmins how many active admins the team has now, this agent included if they are one
     * @throws CannotRemoveYourselfException when an admin tries to remove themselves
     * @throws AgentNotFoundException when the agent has been removed already
     * @throws LastAdminException when this would leave the team without an active admin
     */
    public void deactivate(AgentId by, long activeAdmins) {
        if (id.equals(by)) {
            throw new CannotRemoveYourselfException();
        }
        requireActive();
        if (role == Role.ADMIN && activeAdmins <= 1) {
            throw new LastAdminException(displayName);
        }
        deactivated = true;
    }

    /**
     * Replaces the password hash, after the agent proved they know the current password.
     *
     * @throws AgentNotFoundException when the agent has been removed
     */
    public void changePasswordHash(String newHash) {
        Objects.requireNonNull(newHash, "password hash");
        requireActive();
        passwordHash = newHash;
    }

    private void requireActive() {
        if (deactivated) {
            throw new AgentNotFoundException(id);
        }
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

    /** The language of the agent's account. */
    public AccountLocale locale() {
        return locale;
    }

    /**
     * The agent chose another language for their account.
     *
     * @throws AgentNotFoundException when they were removed from the team
     */
    public void changeLocale(AccountLocale chosen) {
        requireActive();
        locale = Objects.requireNonNull(chosen, "locale");
    }

    /** Whether the agent takes chats now, as they said. */
    public AgentStatus status() {
        return status;
    }

    /**
     * The agent says they are available, or away.
     *
     * @throws AgentNotFoundException when they were removed from the team
     */
    public void changeStatus(AgentStatus chosen) {
        requireActive();
        status = Objects.requireNonNull(chosen, "status");
    }

    /** Whether the agent was removed from the team: they cannot sign in, but their name stays on what they wrote. */
    public boolean isDeactivated() {
        return deactivated;
    }

    public boolean isActive() {
        return !deactivated;
    }
}
