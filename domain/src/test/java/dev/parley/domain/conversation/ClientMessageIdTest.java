package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ClientMessageIdTest {

    @Test
    void accepts_uuids_and_up_to_64_characters() {
        assertThat(new ClientMessageId("0b6f1c2e-8d1a-4f63-9a55-1d2f3e4a5b6c").value())
                .hasSize(36);
        assertThat(new ClientMessageId("a".repeat(64)).value()).hasSize(64);
    }

    @Test
    void refuses_empty_long_or_odd_ids() {
        assertThatThrownBy(() -> new ClientMessageId("")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ClientMessageId("a".repeat(65))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ClientMessageId("a b")).isInstanceOf(InvalidValueException.class);
    }
}
