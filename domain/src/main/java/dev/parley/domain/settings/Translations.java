package dev.parley.domain.settings;

import dev.parley.domain.shared.Language;
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
     * What a visitor speaking {@code language} reads: the text in their language, else the store's own text. The texts
     * stay with their language when the store changes its own: a store that turns from English to Polish goes on
     * greeting Polish visitors with its Polish text.
     */
    public T forVisitor(Language language, T storeText) {
        return texts.getOrDefault(language, storeText);
    }
}
