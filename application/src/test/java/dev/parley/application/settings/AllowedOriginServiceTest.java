package dev.parley.application.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.settings.port.in.RequestOrigin;
import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.settings.EmbeddingSettings;
import org.junit.jupiter.api.Test;

class AllowedOriginServiceTest {

    private static final String SHOP = "https://shop.example.com";

    private final InMemorySection<EmbeddingSettings> store = new InMemorySection<>(EmbeddingSettings.defaults());
    private final SettingsCache cache = new SettingsCache();
    private final AllowedOriginService service = new AllowedOriginService(store, cache);

    private static RequestOrigin from(String origin) {
        return RequestOrigin.of(origin, "https", "chat.example.com");
    }

    @Test
    void a_request_without_an_origin_is_no_browser_page_and_is_allowed_everywhere() {
        assertThat(service.allowsVisitorPage(from(null))).isTrue();
        assertThat(service.allowsAgentPage(from(null))).isTrue();
    }

    @Test
    void parleys_own_pages_are_allowed_everywhere_in_any_case_and_with_the_default_port() {
        assertThat(service.allowsVisitorPage(from("https://chat.example.com"))).isTrue();
        assertThat(service.allowsAgentPage(from("HTTPS://Chat.Example.com:443")))
                .isTrue();
        assertThat(service.allowsAgentPage(RequestOrigin.of("http://localhost:9181", "http", " localhost:9181 ")))
                .isTrue();
    }

    @Test
    void parleys_own_origin_takes_the_scheme_of_the_request() {
        assertThat(service.allowsAgentPage(from("http://chat.example.com"))).isFalse();
    }

    @Test
    void a_site_the_store_allows_may_use_the_visitors_endpoints_but_never_the_agents() {
        store.given(EmbeddingSettings.defaults().withAllowedOrigins(AllowedOrigins.of(SHOP)));

        assertThat(service.allowsVisitorPage(from(SHOP))).isTrue();
        assertThat(service.allowsVisitorPage(from("https://SHOP.example.com:443")))
                .isTrue();
        assertThat(service.allowsAgentPage(from(SHOP))).isFalse();
    }

    @Test
    void the_stores_own_site_is_one_of_its_allowed_origins_and_never_parleys_own() {
        store.given(EmbeddingSettings.defaults().withAllowedOrigins(AllowedOrigins.of(SHOP)));

        assertThat(service.isStoreOrigin("https://shop.example.com")).isTrue();
        assertThat(service.isStoreOrigin("HTTPS://shop.example.com:443")).isTrue();
        assertThat(service.isStoreOrigin("http://shop.example.com")).isFalse();
        assertThat(service.isStoreOrigin("https://chat.example.com")).isFalse();
        assertThat(service.isStoreOrigin("https://shop.example.com/returns")).isFalse();
        assertThat(service.isStoreOrigin(null)).isFalse();
    }

    @Test
    void other_sites_are_refused_and_no_site_is_allowed_while_the_list_is_empty() {
        assertThat(service.allowsVisitorPage(from(SHOP))).isFalse();

        store.given(EmbeddingSettings.defaults().withAllowedOrigins(AllowedOrigins.of(SHOP)));
        cache.refresh("embedding");

        assertThat(service.allowsVisitorPage(from("https://evil.example"))).isFalse();
        assertThat(service.allowsVisitorPage(from("https://shop.example.com.evil.example")))
                .isFalse();
        assertThat(service.allowsVisitorPage(from("null"))).isFalse();
    }

    @Test
    void without_a_usable_host_only_the_stores_sites_are_recognised() {
        store.given(EmbeddingSettings.defaults().withAllowedOrigins(AllowedOrigins.of(SHOP)));

        assertThat(service.allowsAgentPage(RequestOrigin.of("https://chat.example.com", "https", null)))
                .isFalse();
        assertThat(service.allowsAgentPage(RequestOrigin.of("https://chat.example.com", "https", "a/b")))
                .isFalse();
        assertThat(service.allowsVisitorPage(RequestOrigin.of(SHOP, "https", "")))
                .isTrue();
    }

    @Test
    void the_allowed_origins_are_read_once_and_again_only_after_the_news_of_a_change() {
        service.allowsVisitorPage(from(SHOP));
        service.allowsVisitorPage(from(SHOP));
        store.given(EmbeddingSettings.defaults().withAllowedOrigins(AllowedOrigins.of(SHOP)));

        assertThat(service.allowsVisitorPage(from(SHOP))).isFalse();
        assertThat(store.loads()).isEqualTo(1);

        cache.refresh("embedding");

        assertThat(service.allowsVisitorPage(from(SHOP))).isTrue();
        assertThat(store.loads()).isEqualTo(2);
    }
}
