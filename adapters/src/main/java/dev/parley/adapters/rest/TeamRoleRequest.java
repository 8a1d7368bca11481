package dev.parley.adapters.rest;

/**
 * The body that changes a team member's role.
 *
 * @param role {@code agent} or {@code admin}
 */
public record TeamRoleRequest(String role) {}
