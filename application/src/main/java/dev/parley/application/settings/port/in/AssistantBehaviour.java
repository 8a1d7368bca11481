package dev.parley.application.settings.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * How the store's AI agent behaves now, for the contexts that follow it.
 *
 * @param enabled whether it answers every new chat first
 * @param handoffMessage the store's message to the visitor when a handoff goes nowhere but to it; empty when a handoff
 *     goes to the inbox
 * @param greeting what it says first; empty for the built-in greeting
 * @param turnLimit how many questions it answers per conversation
 * @param minCoverage the minimum share of the question's words in the best passage; empty for the built-in default
 * @param minLead the minimum lead of the best passage over the runner-up; empty for the built-in default
 */
public record AssistantBehaviour(
        boolean enabled,
        Optional<String> handoffMessage,
        Optional<String> greeting,
        int turnLimit,
        Optional<Double> minCoverage,
        Optional<Double> minLead) {

    public AssistantBehaviour {
        Objects.requireNonNull(handoffMessage, "handoff message");
        Objects.requireNonNull(greeting, "greeting");
        Objects.requireNonNull(minCoverage, "minimum coverage");
        Objects.requireNonNull(minLead, "minimum lead");
    }
}
