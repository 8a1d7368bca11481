package dev.parley.adapters.contract;

import dev.parley.adapters.contract.Schemas.Node;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records held against their JSON Schemas: a record's fields compared with a schema's, field for field and type for
 * type (nested records and lists of records included), and a sample record built from a schema's examples.
 */
final class RecordSchemas {

    private RecordSchemas() {}

    // ---- comparing a record with its schema -------------------------------------------------------------------

    static void compare(Class<?> record, Node node, String path, List<String> problems, Set<Class<?>> covered) {
        covered.add(record);
        Set<String> pending = WireContracts.PENDING.getOrDefault(node.where(), Set.of());
        Set<String> notOnTheWire = WireContracts.NOT_ON_THE_WIRE.getOrDefault(node.where(), Set.of());
        Map<String, RecordComponent> components = Arrays.stream(record.getRecordComponents())
                .filter(component -> !notOnTheWire.contains(component.getName()))
                .collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
        for (String name : components.keySet()) {
            if (!node.properties().containsKey(name)) {
                problems.add(path + name + ": in " + record.getSimpleName() + ", not in " + node.where());
            } else if (pending.contains(name)) {
                problems.add(path + name + ": " + record.getSimpleName() + " has it now: drop it from PENDING and"
                        + " make it required in " + node.where() + " if it is always there");
            }
        }
        for (String name : node.properties().keySet()) {
            if (!components.containsKey(name) && !pending.contains(name)) {
                problems.add(path + name + ": in " + node.where() + ", not in " + record.getSimpleName());
            }
        }
        for (RecordComponent component : components.values()) {
            String name = component.getName();
            if (!node.properties().containsKey(name)) {
                continue;
            }
            Node property = node.child(node.properties().get(name));
            checkType(path + name, component.getType(), property, problems);
            if (component.getType().isPrimitive() && !node.required().contains(name)) {
                problems.add(path + name + ": always written, so required in " + node.where());
            }
            if (component.getType().isRecord()) {
                compare(component.getType(), property, path + name + ".", problems, covered);
            } else if (component.getType() == List.class
                    && typeArgument(component.getGenericType()) instanceof Class<?> item
                    && item.isRecord()) {
                compare(item, property.child(property.json().get("items")), path + name + "[].", problems, covered);
            }
        }
    }

    static void checkType(String name, Class<?> type, Node property, List<String> problems) {
        String expected = jsonType(type);
        if (expected != null && !property.types().contains(expected)) {
            problems.add(name + ": " + type.getSimpleName() + " is written as " + expected + ", the schema says "
                    + property.types());
        }
    }

    private static String jsonType(Class<?> type) {
        if (type == String.class) {
            return "string";
        }
        if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == double.class || type == Double.class) {
            return "number";
        }
        if (type == List.class) {
            return "array";
        }
        return type.isRecord() || type == Map.class || type == JsonObject.class ? "object" : null;
    }

    static Type typeArgument(Type generic) {
        return ((ParameterizedType) generic).getActualTypeArguments()[0];
    }

    // ---- building a record from its schema's examples ---------------------------------------------------------

    /**
     * A record with every field set from the schema (its {@code const}, first {@code enum} value or first
     * {@code examples} value), or with only the required ones and those of the first {@code anyOf} choice, and
     * {@code null} wherever the schema allows it ({@code bare}). A field the schema does not know gets a value too,
     * so that it shows in the JSON.
     */
    static Object record(Class<?> type, Node node, boolean bare) {
        return record(type, node, bare ? Sample.REQUIRED : Sample.EVERY_FIELD);
    }

    /** How much of its schema a sample shows. */
    enum Sample {
        /** Every field. */
        EVERY_FIELD,
        /** The required fields only, with empty lists. */
        REQUIRED,
        /** The required fields only, with one item in each list. */
        REQUIRED_WITH_ITEMS,
        /** Every field, and inside them only the required ones, with one item in each list. */
        EVERY_FIELD_REQUIRED_INSIDE
    }

    static Object record(Class<?> type, Node node, Sample sample) {
        boolean bare = sample == Sample.REQUIRED || sample == Sample.REQUIRED_WITH_ITEMS;
        Sample inside = sample == Sample.EVERY_FIELD_REQUIRED_INSIDE ? Sample.REQUIRED_WITH_ITEMS : sample;
        Set<String> notOnTheWire = WireContracts.NOT_ON_THE_WIRE.getOrDefault(node.where(), Set.of());
        Set<String> required = new HashSet<>(node.required());
        if (node.json().containsKey("anyOf")) {
            required.addAll(node.child(node.json().getJsonArray("anyOf").get(0)).required());
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            JsonValue property = node.properties().get(component.getName());
            if (notOnTheWire.contains(component.getName())) {
                values[i] = null;
            } else if (property == null) {
                values[i] = fallback(component.getType());
            } else if (bare
                    && !component.getType().isPrimitive()
                    && (!required.contains(component.getName())
                            || (!JsonValue.class.isAssignableFrom(component.getType())
                                    && node.child(property).types().contains("null")))) {
                values[i] = null;
            } else {
                values[i] = value(component.getType(), component.getGenericType(), node.child(property), inside);
            }
        }
        try {
            var constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException unbuildable) {
            throw new LinkageError("cannot build " + type.getName(), unbuildable);
        }
    }

    private static Object value(Class<?> type, Type generic, Node node, Sample sample) {
        boolean bare = sample != Sample.EVERY_FIELD;
        if (type == String.class) {
            return string(node);
        }
        if (type == long.class || type == Long.class) {
            return number(node);
        }
        if (type == int.class || type == Integer.class) {
            return (int) number(node);
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == double.class || type == Double.class) {
            return decimal(node);
        }
        if (type == List.class) {
            Node items = node.child(node.json().get("items"));
            return sample == Sample.REQUIRED
                    ? List.of()
                    : List.of(value((Class<?>) typeArgument(generic), null, items, bare ? sample : Sample.EVERY_FIELD));
        }
        if (type == JsonValue.class) {
            return bare && node.types().contains("null") ? JsonValue.NULL : json(node);
        }
        if (type == JsonObject.class) {
            return bare
                    ? JsonValue.EMPTY_JSON_OBJECT
                    : Json.createObjectBuilder().add("total", 42).build();
        }
        if (type == Map.class && node.json().containsKey("properties") && generic instanceof ParameterizedType map) {
            return knownKeys(map.getActualTypeArguments()[1], node, sample);
        }
        if (type == Map.class && node.json().containsKey("examples")) {
            // A map of texts by key (such as translations by language), from the schema's example.
            Map<String, Object> texts = new LinkedHashMap<>();
            node.json()
                    .getJsonArray("examples")
                    .getJsonObject(0)
                    .forEach((key, text) ->
                            texts.put(key, text instanceof JsonString string ? string.getString() : text.toString()));
            return bare ? Map.of() : texts;
        }
        if (type == Map.class) {
            return bare ? Map.of() : Map.of("plan", "gold", "orders", 3, "newsletter", true);
        }
        if (type.isRecord()) {
            return record(type, node, sample);
        }
        throw new AssertionError("no sample for " + type);
    }

    /**
     * A map whose keys the schema names (such as the days of a week), with values of the map's value type: every key,
     * or only the required ones ({@code bare}).
     */
    private static Map<String, Object> knownKeys(Type valueType, Node node, Sample sample) {
        boolean bare = sample != Sample.EVERY_FIELD;
        Class<?> raw = (Class<?>)
                (valueType instanceof ParameterizedType parameterized ? parameterized.getRawType() : valueType);
        Set<String> required = node.required();
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach((name, property) -> {
            if (!bare || required.contains(name)) {
                map.put(name, value(raw, valueType, node.child(property), sample));
            }
        });
        return map;
    }

    private static String string(Node node) {
        JsonValue example = example(node);
        if (example instanceof JsonString text) {
            return text.getString();
        }
        if (node.json().containsKey("pattern")) {
            throw new AssertionError("a string with a pattern needs an example: " + node.json());
        }
        return "text";
    }

    private static long number(Node node) {
        JsonValue example = example(node);
        if (example instanceof JsonNumber number) {
            return number.longValue();
        }
        return Math.max(
                1,
                node.json().containsKey("minimum")
                        ? node.json().getJsonNumber("minimum").longValue()
                        : 1);
    }

    private static double decimal(Node node) {
        return example(node) instanceof JsonNumber number ? number.doubleValue() : number(node);
    }

    private static JsonValue example(Node node) {
        JsonValue constant = node.json().get("const");
        if (constant != null) {
            return constant;
        }
        if (node.json().containsKey("enum")) {
            return node.json().getJsonArray("enum").get(0);
        }
        if (node.json().containsKey("examples")) {
            return node.json().getJsonArray("examples").get(0);
        }
        return null;
    }

    private static JsonValue json(Node node) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        node.properties().forEach((name, property) -> object.add(name, string(node.child(property))));
        return object.build();
    }

    private static Object fallback(Class<?> type) {
        if (type == String.class) {
            return "unknown";
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == double.class || type == Double.class) {
            return 1.0;
        }
        return type == List.class ? List.of() : null;
    }
}
