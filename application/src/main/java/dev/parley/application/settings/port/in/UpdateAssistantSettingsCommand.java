package dev.parley.application.settings.port.in;

import dev.parley.domain.shared.AgentId;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin changes the AI agent's settings; an empty field stays as it is. An empty text ({@code ""}) removes the
 * handoff message or the greeting; a threshold of 0 goes back to the built-in default.
 *
 * @param actor the admin
 * @param enabled the AI agent on or off
 * @param mode {@code retrieval} or {@code language_model} (only while a language model is configured)
 * @param handoffTarget {@code inbox} or {@code message}
 * @param handoffMessage what the visitor is told when the target is {@code message}
 * @param greeting what the AI agent says first
 * @param turnLimit how many questions it answers per conversation
 * @param minCoverage the minimum share of the question's words in the best passage
 * @param minLead the minimum lead of the best passage over the runner-up
 */
public record UpdateAssistantSettingsCommand(
        AgentId actor,
        Optional<Boolean> enabled,
        Optional<String> mode,
        Optional<String> handoffTarget,
        Optional<String> handoffMessage,
        Optional<String> greeting,
        Optional<Integer> turnLimit,
        Optional<Double> minCoverage,
        Optional<Double> minLead) {

    public UpdateAssistantSettingsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(enabled, "enabled");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(handoffTarget, "handoff target");
        Objects.requireNonNull(handoffMessage, "handoff message");
        Objects.requireNonNull(greeting, "greeting");
        Objects.requireNonNull(turnLimit, "turn limit");
        Objects.requireNonNull(minCoverage, "minimum coverage");
        Objects.requireNonNull(minLead, "minimum lead");
    }
}
