package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.assistant.port.in.KnowledgeArticleSummary;
import dev.parley.application.assistant.port.out.LoadKnowledgeArticlesPort;
import dev.parley.application.assistant.port.out.LoadKnowledgePort;
import dev.parley.application.assistant.port.out.SaveKnowledgeArticlePort;
import dev.parley.domain.assistant.ArticleBody;
import dev.parley.domain.assistant.ArticleLink;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.ArticleTitle;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.assistant.KnowledgeKind;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.settings.FaqSettings;
import dev.parley.domain.shared.Language;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The store's knowledge as the database keeps it: knowledge articles written, revised, published, unpublished and
 * deleted; what the AI agent may answer from (published FAQs with their phrasings and languages, and published
 * articles, never drafts); and a fingerprint that changes with every stored change of either, and only then.
 */
@OnArquillianServer
class KnowledgePersistenceIT {

    @Inject
    LoadKnowledgePort knowledge;

    @Inject
    LoadKnowledgeArticlesPort articles;

    @Inject
    SaveKnowledgeArticlePort saved;

    @Inject
    SettingsSections settings;

    @Test
    void an_article_is_written_revised_published_unpublished_and_deleted_and_each_change_is_fingerprinted() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        KnowledgeArticle article = KnowledgeArticle.write(
                KnowledgeArticleId.random(),
                new ArticleTitle(Fixtures.unique("Shipping")),
                new ArticleBody("# Times\nTwo days.\n\n# Costs\nFree over 100 zł."),
                Language.POLISH,
                Optional.of(new ArticleLink("https://shop.example.com/shipping")),
                ArticleStatus.DRAFT,
                now);
        List<String> fingerprints = new ArrayList<>();
        fingerprints.add(knowledge.fingerprint());
        long before = Tx.call(() -> articles.countForAdding());

        Tx.run(() -> saved.create(article));
        fingerprints.add(knowledge.fingerprint());
        assertThat(Tx.call(() -> articles.countForAdding())).isEqualTo(before + 1);
        assertThat(refs()).doesNotContain(ref(article));
        KnowledgeArticleSummary draft = summary(article.id(), Optional.of(ArticleStatus.DRAFT));
        assertThat(draft.excerpt()).isEqualTo("# Times Two days. # Costs Free over 100 zł.");
        assertThat(draft.link()).contains("https://shop.example.com/shipping");
        assertThat(draft.updatedAt()).isEqualTo(now);
        assertThat(summaryIds(Optional.of(ArticleStatus.PUBLISHED))).doesNotContain(article.id());

        Tx.run(() -> {
            KnowledgeArticle stored = articles.findById(article.id()).orElseThrow();
            stored.changeStatus(ArticleStatus.PUBLISHED, now.plusSeconds(1));
            saved.update(stored);
        });
        fingerprints.add(knowledge.fingerprint());
        KnowledgeEntry entry = entry(ref(article));
        assertThat(entry.kind()).isEqualTo(KnowledgeKind.ARTICLE);
        assertThat(entry.language()).contains(Language.POLISH);
        assertThat(entry.title()).isEqualTo(article.title().value());
        assertThat(entry.body()).isEqualTo("# Times\nTwo days.\n\n# Costs\nFree over 100 zł.");
        assertThat(entry.link()).contains("https://shop.example.com/shipping");
        assertThat(entry.phrasings()).isEmpty();
        assertThat(summaryIds(Optional.of(ArticleStatus.PUBLISHED))).contains(article.id());

        Tx.run(() -> {
            KnowledgeArticle stored = articles.findById(article.id()).orElseThrow();
            stored.revise(
                    stored.title(),
                    new ArticleBody("Three days."),
                    Language.ENGLISH,
                    Optional.empty(),
                    now.plusSeconds(2));
            saved.update(stored);
        });
        fingerprints.add(knowledge.fingerprint());
        KnowledgeArticle revised =
                Tx.call(() -> articles.findById(article.id())).orElseThrow();
        assertThat(revised.body().value()).isEqualTo("Three days.");
        assertThat(revised.link()).isEmpty();
        assertThat(revised.createdAt()).isEqualTo(now);
        assertThat(revised.updatedAt()).isEqualTo(now.plusSeconds(2));
        assertThat(entry(ref(article)).language()).contains(Language.ENGLISH);

        Tx.run(() -> {
            KnowledgeArticle stored = articles.findById(article.id()).orElseThrow();
            stored.changeStatus(ArticleStatus.DRAFT, now.plusSeconds(3));
            saved.update(stored);
        });
        fingerprints.add(knowledge.fingerprint());
        assertThat(refs()).doesNotContain(ref(article));

        assertThat(Tx.call(() -> saved.delete(article.id()))).isTrue();
        fingerprints.add(knowledge.fingerprint());
        assertThat(Tx.call(() -> saved.delete(article.id())))
                .as("deleted twice")
                .isFalse();
        assertThat(Tx.call(() -> articles.findById(article.id()))).isEmpty();
        assertThat(Tx.call(() -> articles.countForAdding())).isEqualTo(before);

        assertThat(fingerprints).as("one per change").doesNotHaveDuplicates().hasSize(6);
        assertThat(knowledge.fingerprint()).as("reading changes nothing").isEqualTo(fingerprints.get(5));
    }

    @Test
    void published_faqs_are_knowledge_with_their_phrasings_and_language_and_every_saved_change_is_fingerprinted()
            throws Exception {
        settings.keptAsTheyWere(() -> {
            Faq shipping = new Faq(
                            FaqId.random(),
                            Fixtures.unique("How long is shipping") + "?",
                            "Two days.",
                            true,
                            Optional.of(Language.ENGLISH))
                    .withPhrasings(List.of("When will my parcel arrive?", "Delivery time"));
            Faq everyone = new Faq(FaqId.random(), Fixtures.unique("Returns") + "?", "30 days.", true);
            Faq draft = Faq.draft(FaqId.random(), Fixtures.unique("Draft") + "?", "Not yet.");
            String before = knowledge.fingerprint();

            Tx.run(() -> settings.faqs.save(
                    settings.faqs.load().addFaq(shipping).addFaq(everyone).addFaq(draft)));

            String added = knowledge.fingerprint();
            assertThat(added).isNotEqualTo(before);
            assertThat(Tx.call(() -> settings.faqs.load().faq(shipping.id()))).contains(shipping);
            KnowledgeEntry entry = entry("faq:" + shipping.id());
            assertThat(entry.kind()).isEqualTo(KnowledgeKind.FAQ);
            assertThat(entry.title()).isEqualTo(shipping.question());
            assertThat(entry.phrasings()).containsExactly("When will my parcel arrive?", "Delivery time");
            assertThat(entry.body()).isEqualTo("Two days.");
            assertThat(entry.language()).contains(Language.ENGLISH);
            assertThat(entry.link()).isEmpty();
            assertThat(entry("faq:" + everyone.id()).language())
                    .as("for every language")
                    .isEmpty();
            assertThat(refs()).doesNotContain("faq:" + draft.id());

            FaqSettings rephrased =
                    Tx.call(() -> settings.faqs.load().updateFaq(shipping.withPhrasings(List.of("Shipping time"))));
            Tx.run(() -> settings.faqs.save(rephrased));

            assertThat(knowledge.fingerprint()).isNotEqualTo(added);
            assertThat(entry("faq:" + shipping.id()).phrasings()).containsExactly("Shipping time");
        });
    }

    private List<String> refs() {
        return Tx.call(() -> knowledge.published()).stream()
                .map(KnowledgeEntry::ref)
                .toList();
    }

    private KnowledgeEntry entry(String ref) {
        return Tx.call(() -> knowledge.published()).stream()
                .filter(entry -> entry.ref().equals(ref))
                .findFirst()
                .orElseThrow(() -> new AssertionError(ref + " is not published"));
    }

    private KnowledgeArticleSummary summary(KnowledgeArticleId id, Optional<ArticleStatus> status) {
        return Tx.call(() -> articles.summaries(status)).stream()
                .filter(summary -> summary.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not listed"));
    }

    private List<KnowledgeArticleId> summaryIds(Optional<ArticleStatus> status) {
        return Tx.call(() -> articles.summaries(status)).stream()
                .map(KnowledgeArticleSummary::id)
                .toList();
    }

    private static String ref(KnowledgeArticle article) {
        return "article:" + article.id();
    }
}
