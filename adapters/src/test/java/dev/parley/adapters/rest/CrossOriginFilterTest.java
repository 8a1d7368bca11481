package dev.parley.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossOriginFilterTest {

    @Test
    void the_paths_the_storefront_widget_calls_are_the_visitors() {
        assertThat(CrossOriginFilter.isVisitorPath("/widget/config")).isTrue();
        assertThat(CrossOriginFilter.isVisitorPath("widget/config")).isTrue();
        assertThat(CrossOriginFilter.isVisitorPath("/uploads")).isTrue();
        assertThat(CrossOriginFilter.isVisitorPath("/uploads/0b7d")).isTrue();
        assertThat(CrossOriginFilter.isVisitorPath("/visitor/session")).isTrue();
        assertThat(CrossOriginFilter.isVisitorPath("/visitor/conversations/6f1c/messages"))
                .isTrue();
    }

    @Test
    void the_agents_api_is_never_a_visitors_path() {
        assertThat(CrossOriginFilter.isVisitorPath("/tickets")).isFalse();
        assertThat(CrossOriginFilter.isVisitorPath("/settings")).isFalse();
        assertThat(CrossOriginFilter.isVisitorPath("/agents/me/password")).isFalse();
        assertThat(CrossOriginFilter.isVisitorPath("/agent/session")).isFalse();
        assertThat(CrossOriginFilter.isVisitorPath("/widget/configuration")).isFalse();
        assertThat(CrossOriginFilter.isVisitorPath("/uploadsx")).isFalse();
        assertThat(CrossOriginFilter.isVisitorPath("/visitors")).isFalse();
    }

    @Test
    void a_preflight_allows_the_methods_of_the_path_but_not_options_itself() {
        assertThat(CrossOriginFilter.allowMethods("HEAD, GET, OPTIONS")).isEqualTo("HEAD, GET");
        assertThat(CrossOriginFilter.allowMethods("POST,OPTIONS")).isEqualTo("POST");
    }
}
