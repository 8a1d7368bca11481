package dev.parley.adapters.rest;

/**
 * The body with which a signed-in agent changes their own account ({@code PATCH /api/v1/agents/me}).
 *
 * @param locale the language Parley speaks to them in the inbox and the team's emails: {@code en} or {@code pl}
 */
public record AccountRequest(String locale) {}
