package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedOriginsTest {

    private final AllowedOrigins origins = AllowedOrigins.of("https://shop.example.com", "http://localhost:9080");

    @Test
    void permits_exactly_the_listed_origins() {
        assertThat(origins.permits("https://shop.example.com")).isTrue();
        assertThat(origins.permits("http://localhost:9080")).isTrue();

        assertThat(origins.permits("http://shop.example.com")).isFalse();
        assertThat(origins.permits("https://www.shop.example.com")).isFalse();
        assertThat(origins.permits("https://example.com")).isFalse();
        assertThat(origins.permits("https://shop.example.com.evil.test")).isFalse();
        assertThat(origins.permits("https://shop.example.com:8443")).isFalse();
        assertThat(origins.permits("http://localhost")).isFalse();
        assertThat(origins.permits("http://localhost:9081")).isFalse();
    }

    @Test
    void matches_scheme_and_host_in_any_case() {
        assertThat(origins.permits("HTTPS://Shop.Example.COM")).isTrue();
        assertThat(AllowedOrigins.of("HTTPS://SHOP.example.com").values()).containsExactly("https://shop.example.com");
    }

    @Test
    void treats_a_default_port_like_no_port_as_browsers_do() {
        assertThat(origins.permits("https://shop.example.com:443")).isTrue();
        assertThat(AllowedOrigins.of("http://shop.example.com:80").permits("http://shop.example.com"))
                .isTrue();
        assertThat(AllowedOrigins.of("http://shop.example.com:443").permits("http://shop.example.com"))
                .isFalse();
    }

    @Test
    void permits_nothing_that_is_not_an_exact_origin() {
        assertThat(origins.permits(null)).isFalse();
        assertThat(origins.permits("null")).isFalse();
        assertThat(origins.permits("")).isFalse();
        assertThat(origins.permits("https://shop.example.com/")).isFalse();
        assertThat(origins.permits("https://*.example.com")).isFalse();
    }

    @Test
    void an_empty_set_permits_no_site() {
        assertThat(AllowedOrigins.none().isEmpty()).isTrue();
        assertThat(AllowedOrigins.none().permits("https://shop.example.com")).isFalse();
    }

    @Test
    void refuses_paths_and_trailing_slashes() {
        assertThatThrownBy(() -> AllowedOrigins.of("https://shop.example.com/"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'https://shop.example.com/' is not a site address. Write the site without a path or a"
                        + " trailing slash, such as https://shop.example.com or http://localhost:9080.")
                .extracting("code")
                .isEqualTo("invalid_origin");
        assertThatThrownBy(() -> AllowedOrigins.of("https://shop.example.com/chat"))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_origin");
    }

    @Test
    void refuses_wildcards() {
        for (String wildcard : List.of("*", "https://*.example.com", "https://*")) {
            assertThatThrownBy(() -> AllowedOrigins.of(wildcard))
                    .as(wildcard)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Wildcards are not allowed")
                    .extracting("code")
                    .isEqualTo("invalid_origin");
        }
    }

    @Test
    void refuses_anything_else_that_is_not_scheme_host_and_port() {
        for (String bad : List.of(
                "shop.example.com",
                "ftp://shop.example.com",
                "https://",
                "https://shop..com",
                "https://shop.example.com?x=1",
                "https://shop.example.com#top",
                "https://user@shop.example.com",
                "https://shop.example.com:0",
                "https://shop.example.com:65536",
                "https://shop.example.com:",
                "https://-shop.example.com",
                "https://shop_1.example.com")) {
            assertThatThrownBy(() -> AllowedOrigins.of(bad))
                    .as(bad)
                    .isInstanceOf(InvalidValueException.class)
                    .extracting("code")
                    .isEqualTo("invalid_origin");
        }
    }

    @Test
    void accepts_the_highest_port_and_bracketed_ipv6_hosts() {
        assertThat(AllowedOrigins.of("https://shop.example.com:65535").permits("https://shop.example.com:65535"))
                .isTrue();
        assertThat(AllowedOrigins.of("http://[::1]:9080").permits("http://[::1]:9080"))
                .isTrue();
        assertThat(AllowedOrigins.of("http://127.0.0.1:9080").permits("http://127.0.0.1:9080"))
                .isTrue();
    }

    @Test
    void accepts_fifty_origins_and_refuses_fifty_one() {
        List<String> fifty = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            fifty.add("https://shop" + i + ".example.com");
        }
        AllowedOrigins full = AllowedOrigins.of(fifty);

        assertThat(full.values()).hasSize(50);
        assertThatThrownBy(() -> full.with("https://shop51.example.com"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("At most 50 sites can embed the chat; there are 51.")
                .extracting("code")
                .isEqualTo("too_many_origins");
    }

    @Test
    void the_same_origin_written_twice_counts_once() {
        assertThat(AllowedOrigins.of("https://shop.example.com", "HTTPS://shop.example.com:443")
                        .values())
                .containsExactly("https://shop.example.com");
    }

    @Test
    void adds_and_removes_origins_as_copies() {
        AllowedOrigins more = origins.with("https://blog.example.com");
        AllowedOrigins fewer = more.without("HTTP://LOCALHOST:9080");

        assertThat(more.permits("https://blog.example.com")).isTrue();
        assertThat(origins.permits("https://blog.example.com")).isFalse();
        assertThat(fewer.permits("http://localhost:9080")).isFalse();
        assertThat(fewer.without("not an origin")).isEqualTo(fewer);
    }
}
