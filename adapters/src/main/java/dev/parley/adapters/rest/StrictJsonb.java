package dev.parley.adapters.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * How request bodies are read: as JSON-B does by default, except that a boolean must be {@code true} or
 * {@code false}. JSON-B alone reads {@code "yes"} or {@code 1} where a boolean belongs as {@code false}; here such a
 * value is refused as a malformed body ({@link UnreadableBodyMapper}) and changes nothing.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(new StrictBoolean()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The same reader and writer, for the resources that read a body themselves. */
    static Jsonb jsonb() {
        return JSONB;
    }

    /** Reads a JSON {@code true} or {@code false}, and nothing else, as a {@link Boolean}. */
    public static class StrictBoolean implements JsonbDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return switch (parser.getValue().getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new JsonbException("A boolean is true or false.");
            };
        }
    }
}
