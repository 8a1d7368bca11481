package dev.parley.application.assistant;

import dev.parley.domain.assistant.SmallTalk;
import dev.parley.domain.shared.Language;

/** What the AI agent says in its own words, in the visitor's language. */
final class AssistantWords {

    private AssistantWords() {}

    /** The text of an answer that offers choices. */
    static String didYouMean(Language language) {
        return switch (language) {
            case POLISH -> "Czy chodzi Ci o jedno z tych pytań?";
            case ENGLISH -> "Did you mean one of these?";
        };
    }

    /** The reply to a message that asks nothing ({@link SmallTalk}): a greeting back, or you're welcome. */
    static String smallTalk(SmallTalk talk, Language language) {
        return switch (talk) {
            case GREETING ->
                switch (language) {
                    case POLISH -> "Dzień dobry! W czym mogę pomóc? Napisz pytanie, a poszukam odpowiedzi.";
                    case ENGLISH ->
                        "Hello! What can I help you with? Type your question and I will look for the answer.";
                };
            case THANKS ->
                switch (language) {
                    case POLISH -> "Nie ma za co! Czy mogę pomóc w czymś jeszcze?";
                    case ENGLISH -> "You're welcome! Is there anything else I can help with?";
                };
        };
    }
}
