package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.assistant.port.out.DemoKnowledge;
import dev.parley.application.assistant.port.out.LoadKnowledgeArticlesPort;
import dev.parley.application.assistant.port.out.LoadKnowledgePort;
import dev.parley.application.assistant.port.out.SaveKnowledgeArticlePort;
import dev.parley.application.assistant.port.out.SeedKnowledgePort;
import dev.parley.domain.assistant.ArticleBody;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.ArticleTitle;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqSettings;
import dev.parley.domain.shared.Language;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Giving a store its first knowledge as the database keeps it: whether the store has any (FAQs or articles, drafts
 * too) is read under the settings row's lock, and seeding stores published FAQs after the store's own (with their
 * languages and phrasings) and the articles, and changes the knowledge's fingerprint.
 */
@OnArquillianServer
class KnowledgeSeedPersistenceIT {

    @Inject
    SeedKnowledgePort seeding;

    @Inject
    LoadKnowledgePort knowledge;

    @Inject
    LoadKnowledgeArticlesPort articles;

    @Inject
    SaveKnowledgeArticlePort saved;

    @Inject
    SettingsSections settings;

    @Test
    void seeding_stores_published_faqs_and_articles_and_the_store_then_has_knowledge() throws Exception {
        settings.keptAsTheyWere(() -> {
            Tx.run(() -> settings.faqs.save(FaqSettings.defaults()));
            boolean articlesStored =
                    !Tx.call(() -> articles.summaries(Optional.empty())).isEmpty();
            assertThat(Tx.call(() -> seeding.hasKnowledge()))
                    .as("a store without FAQs has knowledge only if it has articles")
                    .isEqualTo(articlesStored);

            String key = Fixtures.unique("seed");
            DemoKnowledge.Faq faq = new DemoKnowledge.Faq(
                    key,
                    Optional.of(Language.POLISH),
                    "Jak długo trwa wysyłka " + key + "?",
                    List.of("Kiedy dotrze paczka?"),
                    "Dwa dni.");
            DemoKnowledge.Faq everyone =
                    new DemoKnowledge.Faq(key + "-all", Optional.empty(), "Contact " + key + "?", List.of(), "Write.");
            KnowledgeArticle article = KnowledgeArticle.write(
                    new DemoKnowledge.Article(key, Language.ENGLISH, "T", "B", Optional.empty()).id(),
                    new ArticleTitle("Returns " + key),
                    new ArticleBody("# Returns\nWithin 30 days."),
                    Language.ENGLISH,
                    Optional.empty(),
                    ArticleStatus.PUBLISHED,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            String before = knowledge.fingerprint();
            try {
                Tx.run(() -> seeding.seed(List.of(faq, everyone), List.of(article)));

                assertThat(knowledge.fingerprint()).isNotEqualTo(before);
                assertThat(Tx.call(() -> seeding.hasKnowledge())).isTrue();
                List<Faq> faqs = Tx.call(() -> settings.faqs.load()).faqs();
                assertThat(faqs)
                        .containsExactly(
                                new Faq(
                                        faq.id(),
                                        faq.question(),
                                        "Dwa dni.",
                                        true,
                                        Optional.of(Language.POLISH),
                                        List.of("Kiedy dotrze paczka?")),
                                new Faq(everyone.id(), everyone.question(), "Write.", true));
                List<String> published = Tx.call(() -> knowledge.published()).stream()
                        .map(KnowledgeEntry::ref)
                        .toList();
                assertThat(published).contains("faq:" + faq.id(), "faq:" + everyone.id(), "article:" + article.id());
            } finally {
                Tx.run(() -> saved.delete(article.id()));
            }
        });
    }
}
