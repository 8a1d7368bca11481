package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameSizeGuardTest {

    @Test
    void a_frame_of_exactly_the_limit_passes_and_one_byte_more_does_not() {
        assertThat(FrameSizeGuard.tooBig("x".repeat(100), 100)).isFalse();
        assertThat(FrameSizeGuard.tooBig("x".repeat(101), 100)).isTrue();
    }

    @Test
    void the_size_is_counted_in_utf8_bytes() {
        String polish = "ż".repeat(50);
        String emoji = "😀".repeat(25);

        assertThat(polish.getBytes(StandardCharsets.UTF_8)).hasSize(100);
        assertThat(FrameSizeGuard.tooBig(polish, 100)).isFalse();
        assertThat(FrameSizeGuard.tooBig(polish, 99)).isTrue();
        assertThat(emoji.getBytes(StandardCharsets.UTF_8)).hasSize(100);
        assertThat(FrameSizeGuard.tooBig(emoji, 100)).isFalse();
        assertThat(FrameSizeGuard.tooBig(emoji + "x", 100)).isTrue();
        assertThat(FrameSizeGuard.tooBig("€".repeat(34), 100)).isTrue();
    }
}
