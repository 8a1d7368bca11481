package dev.parley.application.assistant.port.in;

import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import java.util.Objects;

/**
 * An admin tries a question on the AI agent in the test console.
 *
 * @param actor the agent who asks; must be an active admin
 * @param question the question, as a visitor would write it: trimmed, 1 to {@value MessageText#MAX_LENGTH} characters
 *     like a visitor's message
 * @param language the language a visitor would ask in
 */
public record TryAssistantCommand(AgentId actor, String question, Language language) {

    public TryAssistantCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(language, "language");
        question = question.strip();
        if (question.isEmpty()) {
            throw new InvalidValueException("question_required", "Write a question to try.");
        }
        if (question.length() > MessageText.MAX_LENGTH) {
            throw new InvalidValueException(
                    "question_too_long",
                    "A question can be at most " + MessageText.MAX_LENGTH + " characters long, like a visitor's"
                            + " message; this one has " + question.length() + ".");
        }
    }
}
