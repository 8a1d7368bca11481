package dev.parley.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.assistant.port.in.DemoKnowledgeOutcome;
import dev.parley.application.assistant.port.in.DemoKnowledgeOutcome.Result;
import dev.parley.application.assistant.port.in.DemoKnowledgePolicy;
import dev.parley.application.assistant.port.out.DemoKnowledge;
import dev.parley.application.assistant.port.out.SeedKnowledgePort;
import dev.parley.application.conversation.MovableClock;
import dev.parley.application.settings.port.in.RefreshSettingsUseCase;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoKnowledgeServiceTest {

    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");

    private static final DemoKnowledge DEMO = new DemoKnowledge(
            List.of(
                    new DemoKnowledge.Faq(
                            "shipping-time",
                            Optional.of(Language.ENGLISH),
                            "How long does shipping take?",
                            List.of("When will my parcel arrive?"),
                            "Two to three working days."),
                    new DemoKnowledge.Faq(
                            "shipping-time-pl",
                            Optional.of(Language.POLISH),
                            "Jak długo trwa wysyłka?",
                            List.of(),
                            "Od dwóch do trzech dni roboczych.")),
            List.of(new DemoKnowledge.Article(
                    "returns",
                    Language.ENGLISH,
                    "Returns",
                    "# Returns\nWithin 30 days.",
                    Optional.of("https://demo.parley.dev/returns"))));

    private final MovableClock clock = new MovableClock(START);
    private final InMemorySeed store = new InMemorySeed();
    private final List<String> refreshed = new ArrayList<>();

    private DemoKnowledgeService service(boolean enabled, Optional<DemoKnowledge> demo) {
        RefreshSettingsUseCase refresh = new RefreshSettingsUseCase() {
            @Override
            public void refresh(String section) {
                refreshed.add(section);
            }

            @Override
            public void refreshAll() {
                refreshed.add("*");
            }
        };
        return new DemoKnowledgeService(new DemoKnowledgePolicy(enabled), () -> demo, store, refresh, clock);
    }

    @Test
    void an_empty_store_gets_the_demo_knowledge_all_published_with_ids_made_from_its_keys() {
        DemoKnowledgeOutcome outcome = service(true, Optional.of(DEMO)).seed();

        assertThat(outcome).isEqualTo(new DemoKnowledgeOutcome(Result.SEEDED, 2, 1));
        assertThat(store.faqs).isEqualTo(DEMO.faqs());
        assertThat(store.articles).singleElement().satisfies(article -> {
            assertThat(article.id()).isEqualTo(DEMO.articles().get(0).id());
            assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
            assertThat(article.language()).isEqualTo(Language.ENGLISH);
            assertThat(article.title().value()).isEqualTo("Returns");
            assertThat(article.body().value()).isEqualTo("# Returns\nWithin 30 days.");
            assertThat(article.link().orElseThrow().value()).isEqualTo("https://demo.parley.dev/returns");
            assertThat(article.createdAt()).isEqualTo(START);
        });
        assertThat(refreshed).as("this node forgets the FAQs it kept").containsExactly("faqs");
    }

    @Test
    void the_same_key_and_language_make_the_same_id_in_every_installation_and_kinds_never_share_one() {
        DemoKnowledge.Faq faq = DEMO.faqs().get(0);

        assertThat(faq.id())
                .isEqualTo(faq("shipping-time", Optional.of(Language.ENGLISH)).id());
        assertThat(faq.id())
                .as("in Polish")
                .isNotEqualTo(faq("shipping-time", Optional.of(Language.POLISH)).id());
        assertThat(faq.id())
                .as("for everyone")
                .isNotEqualTo(faq("shipping-time", Optional.empty()).id());
        assertThat(faq.id()).isNotEqualTo(DEMO.faqs().get(1).id());
        assertThat(faq.id().value())
                .isNotEqualTo(new DemoKnowledge.Article("shipping-time", Language.ENGLISH, "T", "B", Optional.empty())
                        .id()
                        .value());
    }

    @Test
    void running_it_again_changes_nothing() {
        service(true, Optional.of(DEMO)).seed();
        int seedings = store.seedings;

        DemoKnowledgeOutcome again = service(true, Optional.of(DEMO)).seed();

        assertThat(again.result()).isEqualTo(Result.KEPT);
        assertThat(store.seedings).isEqualTo(seedings);
        assertThat(store.faqs).hasSize(2);
    }

    @Test
    void a_store_with_knowledge_of_its_own_is_never_touched() {
        store.ownKnowledge = true;

        assertThat(service(true, Optional.of(DEMO)).seed()).isEqualTo(DemoKnowledgeOutcome.of(Result.KEPT));
        assertThat(store.seedings).isZero();
        assertThat(refreshed).isEmpty();
    }

    @Test
    void nothing_happens_unless_asked_for_or_when_there_is_no_demo_knowledge() {
        assertThat(service(false, Optional.of(DEMO)).seed()).isEqualTo(DemoKnowledgeOutcome.of(Result.OFF));
        assertThat(service(true, Optional.empty()).seed()).isEqualTo(DemoKnowledgeOutcome.of(Result.MISSING));
        assertThat(store.seedings).isZero();
        assertThat(store.asked)
                .as("an installation without demo knowledge never reads the store")
                .isZero();
    }

    @Test
    void demo_knowledge_that_breaks_a_rule_is_refused_whole() {
        DemoKnowledge broken = new DemoKnowledge(
                DEMO.faqs(),
                List.of(new DemoKnowledge.Article(
                        "broken", Language.ENGLISH, "t".repeat(201), "Text.", Optional.empty())));

        assertThatThrownBy(() -> service(true, Optional.of(broken)).seed())
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_article_title");
        assertThat(store.seedings).isZero();
    }

    private static DemoKnowledge.Faq faq(String key, Optional<Language> language) {
        return new DemoKnowledge.Faq(key, language, "Q?", List.of(), "A.");
    }

    /** The store's knowledge as far as seeding sees it. */
    private static final class InMemorySeed implements SeedKnowledgePort {

        boolean ownKnowledge;
        int asked;
        int seedings;
        final List<DemoKnowledge.Faq> faqs = new ArrayList<>();
        final List<KnowledgeArticle> articles = new ArrayList<>();

        @Override
        public boolean hasKnowledge() {
            asked++;
            return ownKnowledge || !faqs.isEmpty() || !articles.isEmpty();
        }

        @Override
        public void seed(List<DemoKnowledge.Faq> newFaqs, List<KnowledgeArticle> newArticles) {
            seedings++;
            faqs.addAll(newFaqs);
            articles.addAll(newArticles);
        }
    }
}
