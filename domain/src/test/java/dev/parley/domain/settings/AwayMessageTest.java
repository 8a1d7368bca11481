package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class AwayMessageTest {

    @Test
    void accepts_one_character_and_exactly_the_limit() {
        assertThat(new AwayMessage("x").value()).isEqualTo("x");
        assertThat(new AwayMessage("x".repeat(AwayMessage.MAX_LENGTH)).value()).hasSize(1_000);
    }

    @Test
    void refuses_blank_text_and_one_character_more_than_the_limit() {
        assertThatThrownBy(() -> new AwayMessage("  "))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_away_message");
        assertThatThrownBy(() -> new AwayMessage("x".repeat(AwayMessage.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The away message is 1 to 1000 characters long.");
    }

    @Test
    void is_trimmed_before_counting() {
        assertThat(new AwayMessage("  " + "x".repeat(1_000) + "\n").value()).hasSize(1_000);
    }
}
