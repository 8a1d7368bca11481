package dev.parley.domain.profile;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The store's custom properties of a profile, such as {@code plan: "gold"} or {@code orders: 12}, kept in key order.
 * Keys are letters, digits, {@code _ . -}; the count and lengths are limited by the {@link ProfilePolicy}.
 */
public final class ProfileProperties {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");

    private final Map<String, PropertyValue> values;

    private ProfileProperties(Map<String, PropertyValue> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * Checks the properties against the policy.
     *
     * @throws InvalidValueException {@code too_many_properties}, {@code invalid_property_key} or
     *     {@code property_value_too_long}
     */
    public static ProfileProperties of(Map<String, PropertyValue> values, ProfilePolicy policy) {
        Objects.requireNonNull(values, "properties");
        if (values.size() > policy.maxProperties()) {
            throw new InvalidValueException(
                    "too_many_properties",
                    "A profile holds at most " + policy.maxProperties() + " properties; " + values.size()
                            + " were sent.");
        }
        values.forEach((key, value) -> {
            if (key.length() > policy.maxKeyLength() || !KEY.matcher(key).matches()) {
                throw new InvalidValueException(
                        "invalid_property_key",
                        "A property key is 1 to " + policy.maxKeyLength() + " letters, digits, '_', '.' or '-'.");
            }
            Objects.requireNonNull(value, "property value");
            if (value.length() > policy.maxValueLength()) {
                throw new InvalidValueException(
                        "property_value_too_long",
                        "The property '" + key + "' is over " + policy.maxValueLength() + " characters.");
            }
        });
        return new ProfileProperties(values);
    }

    /** Rebuilds what was stored, unchecked; for persistence adapters only. */
    public static ProfileProperties reconstitute(Map<String, PropertyValue> values) {
        return new ProfileProperties(values);
    }

    public static ProfileProperties none() {
        return new ProfileProperties(Map.of());
    }

    /** The properties by key, in key order. */
    public Map<String, PropertyValue> values() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProfileProperties that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ProfileProperties" + values;
    }
}
