package dev.parley.adapters.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;

/** An FAQ's alternative phrasings as the text of a JSON array of strings, the form the {@code faq} row keeps them in. */
final class PhrasingsJson {

    private PhrasingsJson() {}

    static String write(List<String> phrasings) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        phrasings.forEach(array::add);
        return array.build().toString();
    }

    static List<String> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        }
    }
}
