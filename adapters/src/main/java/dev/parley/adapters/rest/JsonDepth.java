package dev.parley.adapters.rest;

/**
 * How deeply a JSON text nests arrays and objects, found by one pass over its bytes without parsing it: brackets and
 * braces count outside strings only (a string may hold any of them, escaped quotes included). UTF-8 keeps every byte
 * of a multi-byte character above 0x7F, so no such byte is mistaken for a bracket or a quote.
 */
final class JsonDepth {

    private JsonDepth() {}

    /**
     * The depth at which the text first goes deeper than {@code max}, or 0 when it never does. Malformed JSON is the
     * parser's to refuse; this only answers how deep it goes.
     */
    static int exceeds(byte[] json, int max) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : json) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                depth++;
                if (depth > max) {
                    return depth;
                }
            } else if ((b == ']' || b == '}') && depth > 0) {
                depth--;
            }
        }
        return 0;
    }
}
