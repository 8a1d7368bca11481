package dev.parley.application.assistant.port.out;

import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo store's knowledge as shipped with Parley, unchecked: its rules are checked when it is given to a store.
 *
 * @param faqs its FAQs, in order
 * @param articles its knowledge articles
 */
public record DemoKnowledge(List<Faq> faqs, List<Article> articles) {

    public DemoKnowledge {
        faqs = List.copyOf(faqs);
        articles = List.copyOf(articles);
    }

    /**
     * One FAQ of the demo store.
     *
     * @param key what names it in the demo store's files (its evaluation set refers to it), such as {@code
     *     shipping-time}: the same in each language the FAQ is written in
     * @param language the language it is written in; empty for every visitor
     * @param question its question
     * @param phrasings other ways to ask it
     * @param answer its answer
     */
    public record Faq(String key, Optional<Language> language, String question, List<String> phrasings, String answer) {

        public Faq {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(question, "question");
            phrasings = List.copyOf(phrasings);
            Objects.requireNonNull(answer, "answer");
        }

        /** Its id, the same in every installation: made from its key and its language. */
        public FaqId id() {
            return new FaqId(idOf("faq", language, key));
        }
    }

    /**
     * One knowledge article of the demo store.
     *
     * @param key what names it in the demo store's files, such as {@code returns-policy}: the same in each language
     *     the article is written in
     * @param language the language it is written in
     * @param title its title
     * @param body its text
     * @param link the demo store's page it comes from; empty for none
     */
    public record Article(String key, Language language, String title, String body, Optional<String> link) {

        public Article {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(link, "link");
        }

        /** Its id, the same in every installation: made from its key and its language. */
        public KnowledgeArticleId id() {
            return new KnowledgeArticleId(idOf("article", Optional.of(language), key));
        }
    }

    /** A name-based id such as that of {@code demo-faq:pl:shipping-time}; {@code all} stands for every language. */
    private static UUID idOf(String kind, Optional<Language> language, String key) {
        String name = "demo-" + kind + ":" + language.map(Language::tag).orElse("all") + ":" + key;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
