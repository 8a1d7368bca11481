package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.assistant.port.out.LanguageModelConfiguration;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AiConfigurationTest {

    private static final String KEY = "sk-live-abcdefghijklmnop";

    private final Logger log = Logger.getLogger(AiConfiguration.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void keyNeverLogged() {
        log.removeHandler(capture);
        assertThat(logged).allSatisfy(record -> assertThat(record.getMessage()).doesNotContain(KEY));
    }

    private static LanguageModelConfiguration read(String baseUrl, String model) {
        return AiConfiguration.read(
                Optional.ofNullable(baseUrl), Optional.of(KEY), Optional.ofNullable(model), "10s", 1200, 5, "5m");
    }

    private AiConfiguration bean(String baseUrl, String model) {
        return new AiConfiguration(
                Optional.ofNullable(baseUrl), Optional.of(KEY), Optional.ofNullable(model), "10s", 1200, 5, "5m");
    }

    @Test
    void an_http_or_https_base_url_and_a_model_make_the_model_available() {
        LanguageModelConfiguration configuration = read("https://api.openai.com/v1", "gpt-4o-mini");

        assertThat(configuration.endpoint()).hasValueSatisfying(endpoint -> {
            assertThat(endpoint.baseUrl()).isEqualTo(URI.create("https://api.openai.com/v1"));
            assertThat(endpoint.apiKey()).contains(KEY);
            assertThat(endpoint.model()).isEqualTo("gpt-4o-mini");
            assertThat(endpoint.timeout()).isEqualTo(Duration.ofSeconds(10));
        });
        assertThat(configuration.maxAnswerLength()).isEqualTo(1200);
        assertThat(configuration.breakerFailures()).isEqualTo(5);
        assertThat(configuration.breakerCoolDown()).isEqualTo(Duration.ofMinutes(5));
        assertThat(read("http://localhost:11434/v1", "llama3").endpoint()).isPresent();
        assertThat(logged)
                .extracting(LogRecord::getMessage)
                .anySatisfy(message -> assertThat(message)
                        .startsWith("event=language_model_configured host=api.openai.com model=gpt-4o-mini key=set"));
        assertThat(bean("http://localhost:11434/v1", "llama3")
                        .languageModelAvailability()
                        .model())
                .contains("llama3");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://api.example.com/v1",
                "file:///etc/passwd",
                "javascript:alert(1)",
                "localhost:11434/v1",
                "api.openai.com/v1",
                "https://user:secret@api.example.com/v1",
                "https://api.example.com/v1?key=x",
                "https://",
                "http://exa mple.com"
            })
    void a_base_url_that_is_not_http_is_refused_with_an_error_and_no_model_is_available(String baseUrl) {
        AiConfiguration configuration = bean(baseUrl, "gpt-4o-mini");

        assertThat(configuration.languageModel().endpoint()).isEmpty();
        assertThat(configuration.languageModelAvailability().configured()).isFalse();
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getMessage())
                    .startsWith("event=language_model_refused reason=base_url_not_http")
                    .as("what the address may hide is not repeated")
                    .doesNotContain("secret")
                    .doesNotContain("key=x");
        });
    }

    @Test
    void half_a_configuration_is_refused_and_none_is_off() {
        assertThat(read("https://api.openai.com/v1", null).endpoint()).isEmpty();
        assertThat(read(null, "gpt-4o-mini").endpoint()).isEmpty();
        assertThat(read(" ", " ").endpoint()).isEmpty();

        assertThat(logged)
                .extracting(LogRecord::getMessage)
                .anySatisfy(message -> assertThat(message).contains("reason=model_missing"))
                .anySatisfy(message -> assertThat(message).contains("reason=base_url_missing"))
                .anySatisfy(message -> assertThat(message).startsWith("event=language_model_off"));
    }

    @Test
    void limits_out_of_range_stop_the_start() {
        assertThatThrownBy(() ->
                        AiConfiguration.read(Optional.empty(), Optional.empty(), Optional.empty(), "10s", 50, 5, "5m"))
                .hasMessageContaining("parley.ai.max-answer-length");
        assertThatThrownBy(() -> AiConfiguration.read(
                        Optional.empty(), Optional.empty(), Optional.empty(), "10s", 1200, 0, "5m"))
                .hasMessageContaining("parley.ai.breaker-failures");
        assertThatThrownBy(() -> AiConfiguration.read(
                        Optional.empty(), Optional.empty(), Optional.empty(), "ten", 1200, 5, "5m"))
                .hasMessageContaining("parley.ai.timeout");
    }
}
