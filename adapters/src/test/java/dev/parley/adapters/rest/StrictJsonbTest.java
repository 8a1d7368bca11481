package dev.parley.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class StrictJsonbTest {

    public record Switches(Boolean on, String name) {}

    private final Jsonb jsonb = new StrictJsonb().getContext(Switches.class);

    @Test
    void reads_true_false_and_null_as_booleans() {
        assertThat(jsonb.fromJson("{\"on\":true,\"name\":\"a\"}", Switches.class))
                .isEqualTo(new Switches(true, "a"));
        assertThat(jsonb.fromJson("{\"on\":false}", Switches.class).on()).isFalse();
        assertThat(jsonb.fromJson("{\"on\":null}", Switches.class).on()).isNull();
        assertThat(jsonb.fromJson("{}", Switches.class).on()).isNull();
    }

    @Test
    void refuses_anything_else_where_a_boolean_belongs() {
        for (String value : new String[] {"\"yes\"", "\"true\"", "1", "0", "{}", "[]"}) {
            assertThatThrownBy(() -> jsonb.fromJson("{\"on\":" + value + "}", Switches.class))
                    .as(value)
                    .isInstanceOf(JsonbException.class);
        }
    }
}
