package dev.parley.adapters.rest;

/**
 * The body with which a signed-in agent changes their own account ({@code PATCH /api/v1/agents/me}); either field, or
 * both.
 *
 * @param locale the language Parley speaks to them in the inbox and the team's emails: {@code en} or {@code pl}
 * @param status whether they take chats now: {@code available} or {@code away}
 */
public record AccountRequest(String locale, String status) {}
