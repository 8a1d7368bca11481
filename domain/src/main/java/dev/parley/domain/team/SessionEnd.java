package dev.parley.domain.team;

/** Why an agent's session ended before they signed out of it themselves, or why it is gone. */
public enum SessionEnd {
    /** The agent signed out of this session. */
    SIGNED_OUT,
    /** Nothing was done with the session for too long, or it reached its longest life. */
    EXPIRED,
    /** The agent's password was changed, in another session. */
    PASSWORD_CHANGED,
    /** The agent's role was changed. */
    ROLE_CHANGED,
    /** The agent was removed from the team. */
    REMOVED;

    /** Whether the agent is still a member of the team who may sign in again. */
    public boolean mayReturn() {
        return this != REMOVED;
    }
}
