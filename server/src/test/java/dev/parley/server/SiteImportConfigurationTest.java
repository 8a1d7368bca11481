package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.assistant.port.in.SiteImportPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SiteImportConfigurationTest {

    private final SiteImportConfiguration configuration = new SiteImportConfiguration();

    @Test
    void the_defaults_are_the_documented_ones_with_private_addresses_refused() {
        SiteImportPolicy policy = configuration.siteImportPolicy(
                SiteImportPolicy.DEFAULT_MAX_PAGES,
                SiteImportPolicy.DEFAULT_MAX_PAGE_BYTES,
                SiteImportPolicy.DEFAULT_MAX_SITEMAP_BYTES,
                SiteImportPolicy.DEFAULT_TOTAL_TIME,
                SiteImportPolicy.DEFAULT_REQUEST_TIMEOUT,
                false);

        assertThat(policy).isEqualTo(SiteImportPolicy.defaults());
        assertThat(policy.maxPages()).isEqualTo(50);
        assertThat(policy.maxPageBytes()).isEqualTo(1_048_576);
        assertThat(policy.totalTime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.allowPrivateAddresses()).isFalse();
    }

    @Test
    void refuses_bounds_that_allow_nothing() {
        assertThatThrownBy(() -> configuration.siteImportPolicy(0, 1, 1, "60s", "10s", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> configuration.siteImportPolicy(1, 1, 1, "0s", "10s", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parley.import.total-time");
    }
}
