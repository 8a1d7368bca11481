package dev.parley.domain.team;

/** What a team member may do. */
public enum Role {
    /** Answers tickets. */
    AGENT,
    /** Answers tickets, changes settings and manages the team. */
    ADMIN
}
