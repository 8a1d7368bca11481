package dev.parley.adapters.rest;

/**
 * A visitor token just issued.
 *
 * @param visitorId the visitor
 * @param token the token to send as {@code Authorization: Bearer <token>}; Parley keeps only its hash
 */
public record VisitorSessionResponse(String visitorId, String token) {}
