package dev.parley.adapters.contract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The JSON Schemas of Parley's wire contract, {@code docs/schemas/**}: read as JSON (to compare their fields with the
 * records) and as validators (draft 2020-12, to check JSON the adapters write and the examples the documents show).
 */
final class Schemas {

    /** The repository's {@code docs/} folder; the adapters' tests run in the {@code adapters/} module folder. */
    static final Path DOCS = Path.of("..", "docs").toAbsolutePath().normalize();

    static final Path ROOT = DOCS.resolve("schemas");

    /** Draft 2020-12; a {@code $ref} to another file is read from the disk, never fetched. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Schemas::fileText));

    private static final Map<Path, JsonObject> JSON = new ConcurrentHashMap<>();
    private static final Map<Path, Schema> VALIDATORS = new ConcurrentHashMap<>();

    private Schemas() {}

    /** Every schema file, as a path relative to {@code docs/schemas} with forward slashes. */
    static Set<String> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            Set<String> names = new HashSet<>();
            files.filter(file -> file.toString().endsWith(".schema.json"))
                    .forEach(file -> names.add(ROOT.relativize(file).toString().replace('\\', '/')));
            return names;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The schema file {@code name} (relative to {@code docs/schemas}), as JSON. */
    static JsonObject read(String name) {
        return read(ROOT.resolve(name).normalize());
    }

    static JsonObject read(Path file) {
        return JSON.computeIfAbsent(file, path -> {
            try (JsonReader reader = Json.createReader(Files.newBufferedReader(path))) {
                return reader.readObject();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
    }

    /**
     * A node of a schema with its {@code $ref} followed (a whole other file, relative to the one it is in), and the
     * file it now belongs to.
     */
    record Node(Path file, JsonObject json) {

        static Node of(String name) {
            Path file = ROOT.resolve(name).normalize();
            return new Node(file, read(file));
        }

        Node resolved() {
            if (!json.containsKey("$ref")) {
                return this;
            }
            Path target = file.getParent().resolve(json.getString("$ref")).normalize();
            return new Node(target, read(target)).resolved();
        }

        Node child(JsonValue value) {
            return new Node(file, value.asJsonObject()).resolved();
        }

        JsonObject properties() {
            return json.containsKey("properties") ? json.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
        }

        Set<String> required() {
            Set<String> names = new HashSet<>();
            if (json.containsKey("required")) {
                json.getJsonArray("required")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .forEach(name -> names.add(name.getString()));
            }
            return names;
        }

        /** The JSON types the node allows: its {@code type}, or the type of its {@code const} or {@code enum}. */
        Set<String> types() {
            Set<String> types = new HashSet<>();
            JsonValue type = json.get("type");
            if (type != null && type.getValueType() == JsonValue.ValueType.STRING) {
                types.add(json.getString("type"));
            } else if (type != null) {
                type.asJsonArray().getValuesAs(jakarta.json.JsonString.class).forEach(t -> types.add(t.getString()));
            } else if (json.get("const") instanceof jakarta.json.JsonString) {
                types.add("string");
            }
            return types;
        }

        String where() {
            return ROOT.relativize(file).toString().replace('\\', '/');
        }
    }

    private static String fileText(String iri) {
        if (!iri.startsWith("file:")) {
            return null;
        }
        try {
            return Files.readString(Path.of(URI.create(iri)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** What is wrong with {@code json} by the schema {@code name}; empty when it is valid. */
    static List<String> problems(String name, String json) {
        Path file = ROOT.resolve(name).normalize();
        Schema schema = VALIDATORS.computeIfAbsent(
                file, path -> REGISTRY.getSchema(SchemaLocation.of(path.toUri().toString())));
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(json, InputFormat.JSON)) {
            problems.add(error.toString());
        }
        return problems;
    }
}
