package dev.parley.adapters.rest;

/**
 * The body with which a signed-in agent changes their own account, and the answer that shows it.
 *
 * @param locale the language Parley writes to them in (a BCP 47 tag such as {@code pl}; {@code en} by default)
 */
public record AccountRequest(String locale) {}
