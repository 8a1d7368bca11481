package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void is_trimmed() {
        assertThat(new MessageText("  hello \n").value()).isEqualTo("hello");
    }

    @Test
    void refuses_empty_text_after_trimming() {
        assertThatThrownBy(() -> new MessageText(" \n\t "))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("empty_message");
    }

    @Test
    void accepts_exactly_the_limit_and_refuses_one_more() {
        assertThat(new MessageText("x".repeat(MessageText.MAX_LENGTH)).value()).hasSize(4_000);
        assertThatThrownBy(() -> new MessageText("x".repeat(MessageText.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("4000")
                .extracting("code")
                .isEqualTo("message_too_long");
    }

    @Test
    void the_limit_counts_after_trimming() {
        assertThat(new MessageText("  " + "x".repeat(MessageText.MAX_LENGTH) + "  ").value())
                .hasSize(4_000);
    }

    @Test
    void keeps_markup_as_plain_text() {
        assertThat(new MessageText("<script>alert(1)</script>").value()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void previews_cut_long_text_with_an_ellipsis() {
        assertThat(new MessageText("Do you ship to Kraków?").preview(7)).isEqualTo("Do you…");
        assertThat(new MessageText("Short").preview(7)).isEqualTo("Short");
    }
}
