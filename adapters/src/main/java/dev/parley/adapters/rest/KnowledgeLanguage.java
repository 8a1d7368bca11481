package dev.parley.adapters.rest;

import dev.parley.domain.shared.Language;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The language of a piece of knowledge or of a question, as the knowledge API writes it: {@code en} or {@code pl}. */
final class KnowledgeLanguage {

    private KnowledgeLanguage() {}

    /**
     * @throws RefusedFieldException {@code invalid_language} naming {@code field}, for anything but a language tag
     *     Parley speaks, exactly as it writes it
     */
    static Language of(String tag, String field) {
        return Language.of(tag)
                .filter(language -> language.tag().equals(tag))
                .orElseThrow(() -> new RefusedFieldException(
                        field,
                        "invalid_language",
                        "The language is "
                                + Arrays.stream(Language.values())
                                        .map(Language::tag)
                                        .collect(Collectors.joining(" or "))
                                + "; '" + tag + "' is neither."));
    }
}
