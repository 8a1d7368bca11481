package dev.parley.domain.assistant;

import java.util.Objects;

/**
 * One earlier message of the conversation a question is asked in, as a language model is shown it: who wrote it and
 * its text. Only the visitor's, the team's and the AI agent's own texts are shown; never Parley's notices.
 *
 * @param speaker who wrote it
 * @param text what they wrote
 */
public record DialogueLine(Speaker speaker, String text) {

    /** Who wrote a message of the conversation. */
    public enum Speaker {
        VISITOR,
        TEAM,
        AI
    }

    public DialogueLine {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }
}
