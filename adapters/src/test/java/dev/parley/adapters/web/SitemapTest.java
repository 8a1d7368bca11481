package dev.parley.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapTest {

    @Test
    void reads_the_pages_of_a_urlset_in_order() {
        assertThat(Sitemap.parse("""
                                <?xml version="1.0" encoding="UTF-8"?>
                                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                                  <url><loc> https://shop.example/returns </loc><lastmod>2026-01-01</lastmod></url>
                                  <url><loc>https://shop.example/shipping?a=1&amp;b=2</loc></url>
                                  <url><priority>1</priority></url>
                                </urlset>
                                """).orElseThrow())
                .isEqualTo(new Sitemap(
                        List.of("https://shop.example/returns", "https://shop.example/shipping?a=1&b=2"), List.of()));
    }

    @Test
    void reads_the_sitemaps_of_an_index() {
        Sitemap index = Sitemap.parse("""
                        <sm:sitemapindex xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <sm:sitemap><sm:loc>https://shop.example/pages.xml</sm:loc></sm:sitemap>
                        </sm:sitemapindex>
                        """).orElseThrow();

        assertThat(index.pages()).isEmpty();
        assertThat(index.sitemaps()).containsExactly("https://shop.example/pages.xml");
    }

    @Test
    void is_no_sitemap_for_other_xml_or_html_and_never_loads_an_external_entity() {
        assertThat(Sitemap.parse("<html><body>Not found</body></html>")).isEmpty();
        assertThat(Sitemap.parse("""
                                <?xml version="1.0"?>
                                <!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                                <urlset><url><loc>https://shop.example/&x;</loc></url></urlset>
                                """).orElseThrow().pages())
                .allSatisfy(page -> assertThat(page).doesNotContain("root:"));
    }
}
