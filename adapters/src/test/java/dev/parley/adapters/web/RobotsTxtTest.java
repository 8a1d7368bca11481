package dev.parley.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    @Test
    void follows_the_group_for_everyone_when_none_names_parley() {
        RobotsTxt robots = RobotsTxt.parse("""
                # The shop's rules
                User-agent: Googlebot
                Disallow: /

                User-agent: *
                Disallow: /checkout
                Disallow: /account/   # customers only
                Allow: /account/help
                """);

        assertThat(robots.allows("/returns")).isTrue();
        assertThat(robots.allows("/checkout")).isFalse();
        assertThat(robots.allows("/checkout/step-2?cart=1")).isFalse();
        assertThat(robots.allows("/account/orders")).isFalse();
        assertThat(robots.allows("/account/help")).as("the longer Allow wins").isTrue();
        assertThat(robots.allows("/accounts")).isTrue();
    }

    @Test
    void a_group_naming_parley_in_any_case_replaces_the_one_for_everyone() {
        RobotsTxt robots = RobotsTxt.parse("""
                User-agent: *
                Disallow: /

                User-agent: bingbot
                User-Agent: PARLEY
                Disallow: /private
                """);

        assertThat(robots.allows("/returns")).isTrue();
        assertThat(robots.allows("/private/x")).isFalse();
    }

    @Test
    void a_group_naming_parley_without_rules_allows_everything() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /\n\nUser-agent: parley\n");

        assertThat(robots.allows("/returns")).isTrue();
    }

    @Test
    void disallow_for_everyone_disallows_parley() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\r\nDisallow: /\r\n");

        assertThat(robots.allows("/")).isFalse();
        assertThat(robots.allows("/returns")).isFalse();
        assertThat(robots.allows("/robots.txt"))
                .as("robots.txt itself is always allowed")
                .isTrue();
    }

    @Test
    void wildcards_and_end_anchors_match_as_rfc_9309_says() {
        RobotsTxt robots = RobotsTxt.parse("""
                User-agent: *
                Disallow: /*.pdf$
                Disallow: /*?sort=
                Allow: /
                """);

        assertThat(robots.allows("/guide.pdf")).isFalse();
        assertThat(robots.allows("/guide.pdf?x=1")).isTrue();
        assertThat(robots.allows("/shoes?sort=price")).isFalse();
        assertThat(robots.allows("/shoes")).isTrue();
    }

    @Test
    void an_allow_and_a_disallow_of_the_same_length_allow() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /page\nAllow: /page\n");

        assertThat(robots.allows("/page")).isTrue();
    }

    @Test
    void empty_rules_lines_without_a_group_and_unknown_lines_change_nothing() {
        RobotsTxt robots = RobotsTxt.parse("""
                Disallow: /before-any-group
                Sitemap: https://shop.example/sitemap.xml
                User-agent: *
                Crawl-delay: 10
                Disallow:
                nonsense line
                """);

        assertThat(robots.allows("/before-any-group")).isTrue();
        assertThat(robots.allows("/anything")).isTrue();
    }

    @Test
    void a_missing_robots_txt_allows_everything_and_an_unreadable_one_nothing() {
        assertThat(RobotsTxt.allowAll().allows("/x")).isTrue();
        assertThat(RobotsTxt.disallowAll().allows("/x")).isFalse();
        assertThat(RobotsTxt.parse("").allows("/x")).isTrue();
    }
}
