package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class WelcomeMessageTest {

    @Test
    void accepts_up_to_the_limit_and_refuses_blank_or_longer() {
        assertThat(new WelcomeMessage("x".repeat(WelcomeMessage.MAX_LENGTH)).value())
                .hasSize(1_000);
        assertThatThrownBy(() -> new WelcomeMessage("x".repeat(WelcomeMessage.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new WelcomeMessage(" ")).isInstanceOf(InvalidValueException.class);
    }
}
