package dev.parley.domain.webhook;

import java.time.Instant;
import java.util.Map;

/**
 * Writes an event's body as JSON (RFC 8259), once: objects of strings, whole numbers, booleans, nulls, instants (as
 * ISO-8601 strings) and nested objects, keys in the order given. The bytes written are the bytes signed and sent.
 */
final class WebhookJson {

    private WebhookJson() {}

    static String write(Map<String, ?> object) {
        StringBuilder out = new StringBuilder(256);
        object(out, object);
        return out.toString();
    }

    private static void object(StringBuilder out, Map<String, ?> object) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> field : object.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, field.getKey());
            out.append(':');
            value(out, field.getValue());
        }
        out.append('}');
    }

    @SuppressWarnings("unchecked")
    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Instant instant) {
            string(out, instant.toString());
        } else if (value instanceof Map<?, ?> nested) {
            object(out, (Map<String, ?>) nested);
        } else {
            throw new IllegalArgumentException(
                    "An event's body holds no " + value.getClass().getSimpleName());
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Control characters, and the line separators that some JavaScript parsers choke on, escaped.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
