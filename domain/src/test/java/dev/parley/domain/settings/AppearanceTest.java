package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class AppearanceTest {

    private final Appearance appearance = Appearance.defaults();

    @Test
    void keeps_the_colour_in_upper_case() {
        assertThat(appearance.withColour("#a1b2c3").colour()).isEqualTo("#A1B2C3");
        assertThat(appearance.withColour(" #1f6feb ").colour()).isEqualTo("#1F6FEB");
    }

    @Test
    void refuses_anything_but_a_six_digit_hex_colour() {
        for (String colour : new String[] {"1F6FEB", "#1F6FE", "#1F6FEB0", "#GGGGGG", "blue", "#fff", ""}) {
            assertThatThrownBy(() -> appearance.withColour(colour))
                    .as(colour)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("The colour must be a hex colour such as #1F6FEB.")
                    .extracting("code")
                    .isEqualTo("invalid_colour");
        }
    }

    @Test
    void accepts_a_label_of_exactly_the_limit_and_refuses_one_more() {
        assertThat(appearance.withLauncherLabel("x".repeat(40)).launcherLabel()).hasSize(40);
        assertThatThrownBy(() -> appearance.withLauncherLabel("x".repeat(41)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("40")
                .extracting("code")
                .isEqualTo("launcher_label_too_long");
    }

    @Test
    void an_empty_label_means_no_label() {
        assertThat(appearance.withLauncherLabel("   ").hasLauncherLabel()).isFalse();
        assertThat(appearance.withLauncherLabel(" Chat with us ").launcherLabel())
                .isEqualTo("Chat with us");
        assertThat(appearance.withLauncherLabel("Chat with us").hasLauncherLabel())
                .isTrue();
    }

    @Test
    void changes_icon_and_position_without_touching_the_rest() {
        Appearance changed = appearance.withIcon(LauncherIcon.SMILE).withPosition(LauncherPosition.LEFT);

        assertThat(changed).isEqualTo(new Appearance("#1F6FEB", LauncherIcon.SMILE, LauncherPosition.LEFT, ""));
        assertThat(appearance.icon()).isEqualTo(LauncherIcon.CHAT);
    }

    @Test
    void defaults_to_parley_blue_with_the_chat_icon_on_the_right_and_no_label() {
        assertThat(appearance.colour()).isEqualTo("#1F6FEB");
        assertThat(appearance.icon()).isEqualTo(LauncherIcon.CHAT);
        assertThat(appearance.position()).isEqualTo(LauncherPosition.RIGHT);
        assertThat(appearance.launcherLabel()).isEmpty();
    }
}
