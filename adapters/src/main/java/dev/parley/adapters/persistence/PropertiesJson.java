package dev.parley.adapters.persistence;

import dev.parley.domain.profile.PropertyValue;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** A profile's custom properties as the text of a JSON object, the form the profile table keeps them in. */
final class PropertiesJson {

    private PropertiesJson() {}

    static String write(Map<String, PropertyValue> properties) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        properties.forEach((key, value) -> {
            if (value instanceof PropertyValue.Text text) {
                object.add(key, text.value());
            } else if (value instanceof PropertyValue.Number number) {
                object.add(key, number.value());
            } else if (value instanceof PropertyValue.Flag flag) {
                object.add(key, flag.value());
            }
        });
        return object.build().toString();
    }

    static Map<String, PropertyValue> read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, PropertyValue> properties = new TreeMap<>();
            object.forEach((key, value) -> properties.put(
                    key,
                    switch (value.getValueType()) {
                        case STRING -> new PropertyValue.Text(((JsonString) value).getString());
                        case NUMBER -> new PropertyValue.Number(((JsonNumber) value).bigDecimalValue());
                        case TRUE -> new PropertyValue.Flag(true);
                        case FALSE -> new PropertyValue.Flag(false);
                        default ->
                            throw new IllegalStateException("A stored profile property is not a text, number or flag");
                    }));
            return properties;
        }
    }
}
