package dev.parley.adapters.persistence;

import dev.parley.domain.settings.Translations;
import dev.parley.domain.shared.Language;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A store text's translations as the text of a JSON object from language tag to text, the form the settings row keeps
 * them in. A language Parley no longer speaks is left out when read.
 */
final class TranslationsJson {

    private TranslationsJson() {}

    static <T> String write(Translations<T> translations, Function<T, String> text) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        translations.texts().forEach((language, value) -> object.add(language.tag(), text.apply(value)));
        return object.build().toString();
    }

    static <T> Translations<T> read(String json, Function<String, T> text) {
        if (json == null || json.isBlank()) {
            return Translations.none();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<Language, T> texts = new EnumMap<>(Language.class);
            object.forEach((tag, value) ->
                    Language.of(tag).ifPresent(language -> texts.put(language, text.apply(object.getString(tag)))));
            return new Translations<>(texts);
        }
    }
}
