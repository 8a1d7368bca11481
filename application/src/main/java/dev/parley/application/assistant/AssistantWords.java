package dev.parley.application.assistant;

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
}
