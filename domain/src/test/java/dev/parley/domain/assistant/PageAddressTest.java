package dev.parley.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageAddressTest {

    @Test
    void is_kept_normalised_so_that_a_page_always_has_the_same_address() {
        assertThat(new PageAddress(" HTTPS://Shop.Example:443/Returns?x=1#top ").value())
                .isEqualTo("https://shop.example/Returns?x=1");
        assertThat(new PageAddress("http://shop.example:80").value()).isEqualTo("http://shop.example/");
        assertThat(new PageAddress("http://localhost:8080/a").origin()).isEqualTo("http://localhost:8080");
        assertThat(new PageAddress("http://[::1]:8080/a").host()).isEqualTo("[::1]");
        assertThat(new PageAddress("https://shop.example/a/b?q=1").pathAndQuery())
                .isEqualTo("/a/b?q=1");
        assertThat(new PageAddress("https://shop.example/a").sameOrigin(new PageAddress("https://SHOP.example/b")))
                .isTrue();
        assertThat(new PageAddress("https://shop.example/a").sameOrigin(new PageAddress("http://shop.example/a")))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "shop.example/returns",
                "ftp://shop.example/x",
                "file:///etc/passwd",
                "javascript:alert(1)",
                "https://user:secret@shop.example/",
                "https:///nohost",
                "http://exa mple.com/",
                "gopher://x/"
            })
    void refuses_what_is_no_full_http_address(String text) {
        assertThatThrownBy(() -> new PageAddress(text))
                .isInstanceOf(InvalidValueException.class)
                .extracting(refusal -> ((InvalidValueException) refusal).code())
                .isEqualTo("invalid_import_url");
    }

    @Test
    void refuses_an_address_longer_than_an_article_link() {
        assertThatThrownBy(() -> new PageAddress("https://shop.example/" + "a".repeat(ArticleLink.MAX_LENGTH)))
                .isInstanceOf(InvalidValueException.class);
    }
}
