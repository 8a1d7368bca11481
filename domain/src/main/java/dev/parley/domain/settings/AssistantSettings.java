package dev.parley.domain.settings;

import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The store's AI agent: whether it answers visitors first, how, to whom it hands a conversation it cannot resolve, and
 * the limits of its answering. Off for a new store.
 *
 * @param enabled whether the AI agent answers every new chat first
 * @param mode how it answers
 * @param handoffTarget where a conversation goes when the AI agent cannot resolve it
 * @param handoffMessage what the visitor is told when the target is {@link HandoffTarget#MESSAGE}, 1 to
 *     {@value #MAX_TEXT_LENGTH} characters; required for that target
 * @param greeting what the AI agent says before the visitor's first question; empty for the built-in greeting
 * @param turnLimit how many questions it answers in one conversation before it hands off, 1 to {@value #MAX_TURNS}
 * @param minCoverage the share of a question's words its best passage must contain to be answered, 0.1 to 1; empty
 *     for the built-in default
 * @param minLead how far ahead of the runner-up the best passage must be to be answered without choices, 1 to 5;
 *     empty for the built-in default
 */
public record AssistantSettings(
        boolean enabled,
        AssistantMode mode,
        HandoffTarget handoffTarget,
        Optional<String> handoffMessage,
        Optional<String> greeting,
        int turnLimit,
        Optional<Double> minCoverage,
        Optional<Double> minLead)
        implements SettingsSection<AssistantSettings> {

    /** The longest handoff message or greeting, in characters. */
    public static final int MAX_TEXT_LENGTH = 500;

    /** The most questions the AI agent may answer in one conversation. */
    public static final int MAX_TURNS = 50;

    /** How the AI agent answers. */
    public enum AssistantMode {
        /** From the store's knowledge, with Parley's built-in search: no key, no network. */
        RETRIEVAL,
        /**
         * From the store's knowledge too: the built-in search finds the passages, and the operator's language model
         * words the answer from them alone (checked before a visitor sees it; the search's answer or a person
         * otherwise). Chosen only while a model is configured.
         */
        LANGUAGE_MODEL
    }

    /** Where a conversation the AI agent cannot resolve goes. */
    public enum HandoffTarget {
        /** To Parley's own helpdesk: a ticket in the inbox. */
        INBOX,
        /** Nowhere: the visitor is told the store's message (say, an address to write to) and the chat ends. */
        MESSAGE,
        /** To the store's Zendesk: a ticket there, answered by email; the chat ends. */
        ZENDESK,
        /** To the store's Gorgias: a ticket there, answered by email; the chat ends. */
        GORGIAS;

        /** The external helpdesk this target is, if it is one. */
        public Optional<Helpdesk> helpdesk() {
            return switch (this) {
                case ZENDESK -> Optional.of(Helpdesk.ZENDESK);
                case GORGIAS -> Optional.of(Helpdesk.GORGIAS);
                case INBOX, MESSAGE -> Optional.empty();
            };
        }
    }

    public AssistantSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(handoffTarget, "handoff target");
        handoffMessage = text(handoffMessage, "invalid_handoff_message", "The handoff message");
        greeting = text(greeting, "invalid_greeting", "The greeting");
        if (handoffTarget == HandoffTarget.MESSAGE && handoffMessage.isEmpty()) {
            throw new InvalidValueException(
                    "handoff_message_required", "A handoff with a message needs the message the visitor is told.");
        }
        if (turnLimit < 1 || turnLimit > MAX_TURNS) {
            throw new InvalidValueException(
                    "invalid_turn_limit", "The AI agent answers 1 to " + MAX_TURNS + " questions per conversation.");
        }
        Objects.requireNonNull(minCoverage, "minimum coverage");
        Objects.requireNonNull(minLead, "minimum lead");
        if (minCoverage.filter(value -> !(value >= 0.1 && value <= 1)).isPresent()) {
            throw new InvalidValueException("invalid_min_coverage", "The minimum coverage lies between 0.1 and 1.");
        }
        if (minLead.filter(value -> !(value >= 1 && value <= 5)).isPresent()) {
            throw new InvalidValueException("invalid_min_lead", "The minimum lead lies between 1 and 5.");
        }
    }

    /** A new store's: off, answering from its knowledge, handing off to the inbox after at most 8 questions. */
    public static AssistantSettings defaults() {
        return new AssistantSettings(
                false,
                AssistantMode.RETRIEVAL,
                HandoffTarget.INBOX,
                Optional.empty(),
                Optional.empty(),
                8,
                Optional.empty(),
                Optional.empty());
    }

    private static Optional<String> text(Optional<String> text, String code, String what) {
        Objects.requireNonNull(text, what);
        Optional<String> cleaned = text.map(String::strip).filter(value -> !value.isEmpty());
        if (cleaned.filter(value -> value.length() > MAX_TEXT_LENGTH).isPresent()) {
            throw new InvalidValueException(code, what + " is at most " + MAX_TEXT_LENGTH + " characters long.");
        }
        return cleaned;
    }

    @Override
    public Map<String, Object> changesSince(AssistantSettings before, Instant now) {
        Map<String, Object> changes = new LinkedHashMap<>();
        ChangeSummary.changed(changes, "enabled", before.enabled, enabled);
        ChangeSummary.changed(changes, "mode", before.mode, mode);
        ChangeSummary.changed(changes, "handoffTarget", before.handoffTarget, handoffTarget);
        ChangeSummary.changed(changes, "handoffMessage", before.handoffMessage, handoffMessage);
        ChangeSummary.changed(changes, "greeting", before.greeting, greeting);
        ChangeSummary.changed(changes, "turnLimit", before.turnLimit, turnLimit);
        ChangeSummary.changed(changes, "minCoverage", before.minCoverage, minCoverage);
        ChangeSummary.changed(changes, "minLead", before.minLead, minLead);
        return changes;
    }
}
