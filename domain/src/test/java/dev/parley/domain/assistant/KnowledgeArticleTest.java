package dev.parley.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnowledgeArticleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private static KnowledgeArticle shipping(ArticleStatus status) {
        return KnowledgeArticle.write(
                KnowledgeArticleId.random(),
                new ArticleTitle("Shipping"),
                new ArticleBody("# Times\nTwo days."),
                Language.ENGLISH,
                Optional.of(new ArticleLink("https://shop.example.com/shipping")),
                status,
                NOW);
    }

    @Test
    void a_title_is_cleaned_and_one_to_two_hundred_characters_on_one_line() {
        assertThat(new ArticleTitle("  \u202EReturns\u200B ").value()).isEqualTo("Returns");
        assertThat(new ArticleTitle("x".repeat(200)).value()).hasSize(200);
        for (String wrong : new String[] {"", " \u200B ", "x".repeat(201), "two\nlines", "tab\tbed"}) {
            assertThatThrownBy(() -> new ArticleTitle(wrong))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting("code")
                    .isEqualTo("invalid_article_title");
        }
    }

    @Test
    void a_body_keeps_its_lines_loses_what_shows_nothing_and_is_one_to_twenty_thousand_characters() {
        assertThat(new ArticleBody("\r\n# Heading\r\nLine one\rLine\u0000 two\u2066\tend \n").value())
                .isEqualTo("# Heading\nLine one\nLine two\tend");
        assertThat(new ArticleBody("x".repeat(20_000)).value()).hasSize(20_000);
        assertThat(new ArticleBody("x".repeat(20_000) + "\u200B\u0007").value())
                .as("what is removed does not count")
                .hasSize(20_000);
        assertThatThrownBy(() -> new ArticleBody(" \n\u200B\t "))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_article_body");
        assertThatThrownBy(() -> new ArticleBody("x".repeat(20_001)))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("article_body_too_long");
    }

    @Test
    void a_link_is_a_full_web_address_of_at_most_two_thousand_characters() {
        assertThat(new ArticleLink(" https://shop.example.com/returns?x=1#top ").value())
                .isEqualTo("https://shop.example.com/returns?x=1#top");
        assertThat(new ArticleLink("HTTP://shop.example.com").value()).isEqualTo("HTTP://shop.example.com");
        String longest = "https://shop.example.com/" + "a".repeat(2_000 - 25);
        assertThat(new ArticleLink(longest).value()).hasSize(2_000);
        for (String wrong : new String[] {
            "",
            "shop.example.com/returns",
            "/returns",
            "javascript:alert(1)",
            "mailto:help@shop.example.com",
            "ftp://shop.example.com/file",
            "https://user:secret@shop.example.com/",
            "https:///no-host",
            "https://shop.example.com/a b",
            longest + "a"
        }) {
            assertThatThrownBy(() -> new ArticleLink(wrong))
                    .as(wrong)
                    .isInstanceOf(InvalidValueException.class)
                    .extracting("code")
                    .isEqualTo("invalid_article_link");
        }
    }

    @Test
    void a_status_is_draft_or_published_by_its_lower_case_code() {
        assertThat(ArticleStatus.of("draft")).isEqualTo(ArticleStatus.DRAFT);
        assertThat(ArticleStatus.PUBLISHED.code()).isEqualTo("published");
        for (String wrong : new String[] {"PUBLISHED", "", "archived"}) {
            assertThatThrownBy(() -> ArticleStatus.of(wrong))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting("code")
                    .isEqualTo("invalid_article_status");
        }
    }

    @Test
    void a_revision_changes_the_time_only_when_it_changes_something() {
        KnowledgeArticle article = shipping(ArticleStatus.DRAFT);
        Instant later = NOW.plus(Duration.ofMinutes(5));

        boolean same = article.revise(
                new ArticleTitle(" Shipping "),
                new ArticleBody("# Times\r\nTwo days."),
                Language.ENGLISH,
                Optional.of(new ArticleLink("https://shop.example.com/shipping")),
                later);
        assertThat(same).isFalse();
        assertThat(article.updatedAt()).isEqualTo(NOW);

        boolean changed = article.revise(
                new ArticleTitle("Wysyłka"), new ArticleBody("Dwa dni."), Language.POLISH, Optional.empty(), later);
        assertThat(changed).isTrue();
        assertThat(article.title().value()).isEqualTo("Wysyłka");
        assertThat(article.language()).isEqualTo(Language.POLISH);
        assertThat(article.link()).isEmpty();
        assertThat(article.updatedAt()).isEqualTo(later);
        assertThat(article.createdAt()).isEqualTo(NOW);
    }

    @Test
    void an_article_is_published_and_taken_back_to_a_draft() {
        KnowledgeArticle article = shipping(ArticleStatus.DRAFT);
        assertThat(article.isPublished()).isFalse();

        assertThat(article.changeStatus(ArticleStatus.PUBLISHED, NOW.plusSeconds(1)))
                .isTrue();
        assertThat(article.isPublished()).isTrue();
        assertThat(article.changeStatus(ArticleStatus.PUBLISHED, NOW.plusSeconds(2)))
                .isFalse();
        assertThat(article.updatedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(article.changeStatus(ArticleStatus.DRAFT, NOW.plusSeconds(3)))
                .isTrue();
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void the_assistant_searches_an_article_by_its_title_text_language_and_link() {
        KnowledgeArticle article = shipping(ArticleStatus.PUBLISHED);

        KnowledgeEntry entry = article.asEntry();

        assertThat(entry.kind()).isEqualTo(KnowledgeKind.ARTICLE);
        assertThat(entry.id()).isEqualTo(article.id().toString());
        assertThat(entry.ref()).isEqualTo("article:" + article.id());
        assertThat(entry.language()).contains(Language.ENGLISH);
        assertThat(entry.title()).isEqualTo("Shipping");
        assertThat(entry.phrasings()).isEqualTo(List.of());
        assertThat(entry.body()).isEqualTo("# Times\nTwo days.");
        assertThat(entry.link()).contains("https://shop.example.com/shipping");
    }

    @Test
    void the_store_keeps_at_most_the_configured_number_of_articles() {
        KnowledgeArticle.requireRoomBeside(1_999, 2_000);

        assertThatThrownBy(() -> KnowledgeArticle.requireRoomBeside(2_000, 2_000))
                .isInstanceOf(TooManyArticlesException.class)
                .extracting("code")
                .isEqualTo("too_many_articles");
    }

    @Test
    void a_text_that_is_no_id_names_no_article() {
        assertThatThrownBy(() -> KnowledgeArticleId.of("not-an-id"))
                .isInstanceOf(KnowledgeArticleNotFoundException.class)
                .extracting("code")
                .isEqualTo("article_not_found");
    }
}
