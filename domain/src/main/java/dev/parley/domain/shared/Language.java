package dev.parley.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the visitor's widget speaks, and in which a store may write its texts for visitors (the welcome and away
 * messages, the launcher label, FAQs).
 */
public enum Language {
    ENGLISH("en"),
    POLISH("pl");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The language's BCP 47 tag, such as {@code pl}. */
    public String tag() {
        return tag;
    }

    /**
     * The language a BCP 47 tag such as {@code pl-PL} or {@code en} names, by its primary subtag; empty for one the
     * widget does not speak, or for no tag at all.
     */
    public static Optional<Language> of(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String primary = languageTag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(language -> language.tag.equals(primary))
                .findFirst();
    }
}
