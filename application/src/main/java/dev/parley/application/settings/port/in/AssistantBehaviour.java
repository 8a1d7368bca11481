package dev.parley.application.settings.port.in;

import dev.parley.domain.shared.Helpdesk;
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
 * @param languageModel whether the store chose to have the operator's language model word its answers from what the
 *     built-in search finds (it answers with the search alone while no model is configured)
 * @param helpdesk the store's external helpdesk a handoff goes to; empty when a handoff goes to the inbox or a message
 */
public record AssistantBehaviour(
        boolean enabled,
        Optional<String> handoffMessage,
        Optional<String> greeting,
        int turnLimit,
        Optional<Double> minCoverage,
        Optional<Double> minLead,
        boolean languageModel,
        Optional<Helpdesk> helpdesk) {

    public AssistantBehaviour {
        Objects.requireNonNull(helpdesk, "helpdesk");
        Objects.requireNonNull(handoffMessage, "handoff message");
        Objects.requireNonNull(greeting, "greeting");
        Objects.requireNonNull(minCoverage, "minimum coverage");
        Objects.requireNonNull(minLead, "minimum lead");
    }

    /** How it behaves handing off to the inbox or a message. */
    public AssistantBehaviour(
            boolean enabled,
            Optional<String> handoffMessage,
            Optional<String> greeting,
            int turnLimit,
            Optional<Double> minCoverage,
            Optional<Double> minLead,
            boolean languageModel) {
        this(enabled, handoffMessage, greeting, turnLimit, minCoverage, minLead, languageModel, Optional.empty());
    }

    /** How it behaves answering with the built-in search alone. */
    public AssistantBehaviour(
            boolean enabled,
            Optional<String> handoffMessage,
            Optional<String> greeting,
            int turnLimit,
            Optional<Double> minCoverage,
            Optional<Double> minLead) {
        this(enabled, handoffMessage, greeting, turnLimit, minCoverage, minLead, false);
    }
}
