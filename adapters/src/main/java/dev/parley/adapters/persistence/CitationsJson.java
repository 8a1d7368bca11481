package dev.parley.adapters.persistence;

import dev.parley.domain.conversation.Citation;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/** An AI agent's message's citations in their column: a JSON array of {@code {kind, title, link?}}; null for none. */
final class CitationsJson {

    private CitationsJson() {}

    static String write(List<Citation> citations) {
        if (citations.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Citation citation : citations) {
            JsonObjectBuilder object = Json.createObjectBuilder()
                    .add("kind", citation.kind().name())
                    .add("title", citation.title());
            citation.link().ifPresent(link -> object.add("link", link));
            array.add(object);
        }
        return array.build().toString();
    }

    static List<Citation> read(String json) {
        if (json == null) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream()
                    .map(object -> new Citation(
                            Citation.Kind.valueOf(object.getString("kind")),
                            object.getString("title"),
                            Optional.ofNullable(object.getString("link", null))))
                    .toList();
        }
    }
}
