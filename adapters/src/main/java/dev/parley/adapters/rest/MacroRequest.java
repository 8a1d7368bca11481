package dev.parley.adapters.rest;

/**
 * The body that adds or revises a macro.
 *
 * @param title 1 to 100 characters
 * @param body 1 to 4,000 characters, with known variables only
 */
public record MacroRequest(String title, String body) {}
