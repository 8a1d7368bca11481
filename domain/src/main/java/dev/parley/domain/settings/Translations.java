package dev.parley.domain.settings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A store text written again in other languages than the store's own: the welcome message in Polish for an English
 * store, say. A visitor whose language has no text of its own reads the store's.
 *
 * @param texts the text per language; never one for a language left out
 * @param <T> the kind of text
 */
public record Translations<T>(Map<Language, T> texts) {

    public Translations {
        Objects.requireNonNull(texts, "translations");
        EnumMap<Language, T> copy = new EnumMap<>(Language.class);
        texts.forEach((language, text) ->
                copy.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "translation")));
        texts = Collections.unmodifiableMap(copy);
    }

    /** No text in any other language. */
    public static <T> Translations<T> none() {
        return new Translations<>(Map.of());
    }

    /** The text in {@code language}, if the store wrote one. */
    public Optional<T> in(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    /**
     * What a visitor speaking {@code language} reads: the store's own text when it is the store's language or has no
     * text of its own, else the translation.
     */
    public T forVisitor(Language language, Language storeLanguage, T storeText) {
        return language == storeLanguage ? storeText : texts.getOrDefault(language, storeText);
    }
}
