package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.UploadLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UploadConfigurationTest {

    private final UploadConfiguration configuration = new UploadConfiguration();

    @Test
    void reads_durations_as_a_whole_number_and_a_unit() {
        assertThat(UploadConfiguration.duration("p", "24h")).isEqualTo(Duration.ofHours(24));
        assertThat(UploadConfiguration.duration("p", " 20s ")).isEqualTo(Duration.ofSeconds(20));
        assertThat(UploadConfiguration.duration("p", "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(UploadConfiguration.duration("p", "2d")).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void refuses_a_duration_without_a_unit_or_of_zero() {
        for (String wrong : new String[] {"24", "0h", "PT24H", "-1h", "1w", ""}) {
            assertThatThrownBy(() -> UploadConfiguration.duration("parley.upload.unused-ttl", wrong))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("parley.upload.unused-ttl");
        }
    }

    @Test
    void the_defaults_are_the_documented_ones() {
        UploadLimits limits = configuration.uploadLimits(
                UploadLimits.DEFAULT_PER_VISITOR,
                UploadLimits.DEFAULT_PER_ADDRESS,
                UploadLimits.DEFAULT_BYTES_PER_VISITOR,
                UploadLimits.DEFAULT_BYTES_PER_ADDRESS,
                UploadLimits.DEFAULT_MAX_STORED_BYTES_PER_VISITOR);

        assertThat(limits).isEqualTo(UploadLimits.defaults());
        assertThat(limits.perVisitor().capacity()).isEqualTo(30);
        assertThat(limits.perAddress().capacity()).isEqualTo(300);
        assertThat(limits.bytesPerVisitor().capacity()).isEqualTo(100L * 1024 * 1024);
        assertThat(limits.bytesPerAddress().capacity()).isEqualTo(512L * 1024 * 1024);
        assertThat(limits.maxStoredBytesPerVisitor()).isEqualTo(209_715_200L);
        assertThat(configuration.unusedUploadPolicy("24h").keepFor()).isEqualTo(Duration.ofHours(24));
    }
}
