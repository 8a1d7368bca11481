package dev.parley.domain.profile;

import dev.parley.domain.shared.InvalidValueException;

/**
 * The limits on what a store may put in a profile and its events; an installation may lower the column-bound ones
 * and choose the others.
 *
 * @param maxProperties the most custom properties one profile holds (1–1,000; default 50)
 * @param maxKeyLength the longest property key (1–64; default 64)
 * @param maxValueLength the longest property value (1–1,000; default 1,000)
 * @param maxEventPropertiesBytes the largest event properties, as compact UTF-8 JSON (1 KiB–1,000,000 bytes;
 *     default 16 KiB)
 */
public record ProfilePolicy(int maxProperties, int maxKeyLength, int maxValueLength, int maxEventPropertiesBytes) {

    public static final int KEY_LENGTH_CEILING = 64;
    public static final int VALUE_LENGTH_CEILING = 1_000;
    public static final int EVENT_PROPERTIES_CEILING = 1_000_000;

    public ProfilePolicy {
        check(maxProperties, 1, 1_000, "maxProperties");
        check(maxKeyLength, 1, KEY_LENGTH_CEILING, "maxKeyLength");
        check(maxValueLength, 1, VALUE_LENGTH_CEILING, "maxValueLength");
        check(maxEventPropertiesBytes, 1_024, EVENT_PROPERTIES_CEILING, "maxEventPropertiesBytes");
    }

    public static ProfilePolicy defaults() {
        return new ProfilePolicy(50, KEY_LENGTH_CEILING, VALUE_LENGTH_CEILING, 16 * 1_024);
    }

    private static void check(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new InvalidValueException("invalid_policy", name + " is " + min + " to " + max + ".");
        }
    }
}
