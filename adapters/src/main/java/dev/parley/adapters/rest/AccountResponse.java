package dev.parley.adapters.rest;

/**
 * A signed-in agent's own account, as {@code PATCH /api/v1/agents/me} answers it.
 *
 * @param locale the language Parley speaks to them in the inbox and the team's emails: {@code en} or {@code pl}
 * @param status whether they take chats now: {@code available} or {@code away}
 */
public record AccountResponse(String locale, String status) {}
