package dev.parley.adapters.rest;

/**
 * The body with which an agent who forgot their password asks for a link.
 *
 * @param email the address they sign in with
 */
public record PasswordResetRequest(String email) {}
