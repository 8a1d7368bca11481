package dev.parley.application.settings.port.in;

/**
 * Driven once at start-up on a demo installation, right after the demo store got its knowledge: turns the AI agent on,
 * so that {@code /demo/} shows it answering at once. Parley does it itself, not an admin, so it is not audited.
 */
public interface TurnOnDemoAssistantUseCase {

    void turnOn();
}
