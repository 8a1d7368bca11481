package dev.parley.application.assistant.port.in;

/**
 * Driven by the admins' test console: what the store's AI agent would do now with a question, were it a visitor's
 * first, by the store's settings and the same rules as the AI agent's turn. Nothing is stored.
 */
public interface TryAssistantUseCase {

    /**
     * What the AI agent would do with the question.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is no active admin
     * @throws dev.parley.domain.shared.RateLimitedException when the admin asked too many questions lately
     */
    AssistantTrial tryQuestion(TryAssistantCommand command);
}
