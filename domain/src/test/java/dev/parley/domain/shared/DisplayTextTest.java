package dev.parley.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

    @Test
    void a_right_to_left_override_cannot_make_an_executable_read_as_an_image() {
        assertThat(DisplayText.clean("\u202Egnp.exe")).isEqualTo("gnp.exe");
        assertThat(DisplayText.clean("invoice\u202Egnp.exe")).isEqualTo("invoicegnp.exe");
    }

    @Test
    void removes_every_bidirectional_control() {
        String controls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";

        assertThat(DisplayText.clean("A" + controls + "da")).isEqualTo("Ada");
    }

    @Test
    void removes_zero_width_and_invisible_characters() {
        String invisible = "\u200B\u200C\u200D\u2060\uFEFF\u180E\u00AD\u2061\u2064\u3164\uFFA0";

        assertThat(DisplayText.clean("Ad" + invisible + "a")).isEqualTo("Ada");
        assertThat(DisplayText.clean("Ada" + new String(Character.toChars(0xE0041))))
                .isEqualTo("Ada");
    }

    @Test
    void a_name_of_nothing_but_invisible_characters_is_empty() {
        assertThat(DisplayText.clean(" \u200B\u202E\uFEFF ")).isEmpty();
    }

    @Test
    void keeps_every_visible_script_accent_and_emoji() {
        String text = "Zoë Łukasiewicz, Kraków — محمد שלום 李 👍🏽 ❤️";

        assertThat(DisplayText.clean("  " + text + "  ")).isEqualTo(text);
    }
}
