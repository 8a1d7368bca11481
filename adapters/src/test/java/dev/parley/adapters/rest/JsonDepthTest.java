package dev.parley.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonDepthTest {

    private static int exceeds(String json, int max) {
        return JsonDepth.exceeds(json.getBytes(StandardCharsets.UTF_8), max);
    }

    @Test
    void a_body_as_deep_as_the_limit_passes_and_one_level_deeper_is_caught() {
        assertThat(exceeds("[".repeat(32) + "]".repeat(32), 32)).isZero();
        assertThat(exceeds("[".repeat(33) + "]".repeat(33), 32)).isEqualTo(33);
        assertThat(exceeds("{\"a\":{\"b\":{\"c\":[1,{\"d\":2}]}}}", 5)).isZero();
        assertThat(exceeds("{\"a\":{\"b\":{\"c\":[1,{\"d\":2}]}}}", 4)).isEqualTo(5);
    }

    @Test
    void siblings_do_not_add_up() {
        assertThat(exceeds("[[1],[2],[3],{\"a\":1},{}]", 2)).isZero();
        assertThat(exceeds("[[1],[2],{\"a\":[]}]", 2)).isEqualTo(3);
    }

    @Test
    void brackets_inside_strings_do_not_count_even_after_escaped_quotes() {
        assertThat(exceeds("{\"text\":\"[[[[[{{{{\"}", 1)).isZero();
        assertThat(exceeds("{\"text\":\"a \\\" [[[[[ \\\\\"}", 1)).isZero();
        assertThat(exceeds("[\"\\\\\",[[]]]", 2)).isEqualTo(3);
    }

    @Test
    void a_body_that_is_nothing_but_opening_brackets_is_caught_early() {
        assertThat(exceeds("[".repeat(5_000), 32)).isEqualTo(33);
    }

    @Test
    void multi_byte_characters_are_no_brackets() {
        assertThat(exceeds("{\"name\":\"Zażółć gęślą jaźń ⟦⟧ 🙂\"}", 1)).isZero();
    }
}
