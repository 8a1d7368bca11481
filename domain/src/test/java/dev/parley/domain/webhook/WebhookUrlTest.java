package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlTest {

    @Test
    void takes_an_https_url_and_keeps_its_path_and_query() {
        WebhookUrl url = WebhookUrl.parse(" https://hooks.example.com/parley?shop=7 ", false);

        assertThat(url.value().toString()).isEqualTo("https://hooks.example.com/parley?shop=7");
        assertThat(url.host()).isEqualTo("hooks.example.com");
        assertThat(WebhookUrl.parse("https://[2001:db8::1]/in", false).host()).isEqualTo("2001:db8::1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://hooks.example.com/in",
                "ftp://hooks.example.com/in",
                "https://user:pass@hooks.example.com/in",
                "https://token@hooks.example.com/in",
                "https:///in",
                "https://hooks.example.com/in#frag",
                "hooks.example.com/in",
                "https://exa mple.com/",
                "https://0x7f.1/in",
                "https://127.1/in",
                "",
                "   "
            })
    void refuses_what_is_not_a_plain_https_url(String given) {
        assertThatThrownBy(() -> WebhookUrl.parse(given, false))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_webhook_url");
    }

    @Test
    void takes_http_only_where_the_operator_allows_it_and_never_a_longer_url_than_the_limit() {
        assertThat(WebhookUrl.parse("http://localhost:8080/in", true).host()).isEqualTo("localhost");
        String longest = "https://hooks.example.com/" + "a".repeat(WebhookUrl.MAX_LENGTH - 26);
        assertThat(longest).hasSize(WebhookUrl.MAX_LENGTH);
        assertThat(WebhookUrl.parse(longest, false).value().toString()).isEqualTo(longest);
        assertThatThrownBy(() -> WebhookUrl.parse(longest + "a", false))
                .hasMessageContaining("longer than " + WebhookUrl.MAX_LENGTH);
        assertThatThrownBy(() -> WebhookUrl.parse(null, true)).hasMessageContaining("missing");
    }
}
