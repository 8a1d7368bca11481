package dev.parley.application.assistant.port.in;

/**
 * Whether this installation gives an empty store the demo store's knowledge at start-up: only in demo mode ({@code
 * PARLEY_DEMO_ENABLED}) and when asked for ({@code PARLEY_DEMO_KNOWLEDGE}), both off by default.
 *
 * @param enabled whether both are on
 */
public record DemoKnowledgePolicy(boolean enabled) {}
