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

    /** The reply to a message that asks nothing ({@link SmallTalk}): a greeting back, you're welcome, or goodbye. */
    static String smallTalk(SmallTalk talk, Language language) {
        return switch (talk) {
            case GREETING ->
                switch (language) {
                    case POLISH -> "Dzień dobry! W czym mogę pomóc? Napisz pytanie, a poszukam odpowiedzi.";
                    case ENGLISH ->
                        "Hello! What can I help you with? Type your question and I will look for the answer.";
                };
            case GOODBYE ->
                switch (language) {
                    case POLISH -> "Do widzenia! Gdyby pojawiło się jeszcze jakieś pytanie, napisz w każdej chwili.";
                    case ENGLISH -> "Goodbye! If another question comes up, write any time.";
                };
            case THANKS ->
                switch (language) {
                    case POLISH -> "Nie ma za co! Czy mogę pomóc w czymś jeszcze?";
                    case ENGLISH -> "You're welcome! Is there anything else I can help with?";
                };
        };
    }
}
