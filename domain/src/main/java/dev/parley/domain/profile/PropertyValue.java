package dev.parley.domain.profile;

import dev.parley.domain.shared.DisplayText;
import java.math.BigDecimal;
import java.util.Objects;

/** The value of a custom property: a text, a number or a yes/no. */
public sealed interface PropertyValue {

    /** How long the value is when written out, which the property limits count. */
    int length();

    /** A text, shown as a profile field: without the characters that reorder or hide what is shown. */
    record Text(String value) implements PropertyValue {
        public Text {
            value = DisplayText.clean(Objects.requireNonNull(value, "text"));
        }

        @Override
        public int length() {
            return value.length();
        }
    }

    // Named after the JSON type it holds and always written PropertyValue.Number; nothing here means java.lang.Number.
    @SuppressWarnings("JavaLangClash")
    record Number(BigDecimal value) implements PropertyValue {
        public Number {
            Objects.requireNonNull(value, "number");
        }

        @Override
        public int length() {
            return value.toString().length();
        }
    }

    record Flag(boolean value) implements PropertyValue {
        @Override
        public int length() {
            return Boolean.toString(value).length();
        }
    }
}
