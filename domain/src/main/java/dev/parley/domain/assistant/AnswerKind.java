package dev.parley.domain.assistant;

/** What the assistant makes of a question. */
public enum AnswerKind {
    /** One clear winner: its passage is the answer. */
    ANSWER,
    /** A close call: two or three "Did you mean…" choices. */
    CHOICES,
    /** Nothing in the store's knowledge answers it: a person should. */
    NO_ANSWER
}
