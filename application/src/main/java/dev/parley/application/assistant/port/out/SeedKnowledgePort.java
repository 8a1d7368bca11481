package dev.parley.application.assistant.port.out;

import dev.parley.domain.assistant.KnowledgeArticle;
import java.util.List;

/** Gives an empty store its first knowledge in one go; driven when the demo store's knowledge is given. */
public interface SeedKnowledgePort {

    /**
     * Whether the store has any FAQ or knowledge article, published or not, read under a lock held until the
     * transaction ends, so that two nodes starting at once cannot both give a store its first knowledge.
     */
    boolean hasKnowledge();

    /**
     * Stores these FAQs (published, in this order, after any the store has) and these articles, and advances the
     * fingerprint of the store's knowledge once.
     *
     * @throws dev.parley.domain.shared.InvalidValueException when an FAQ breaks a rule of Parley's
     */
    void seed(List<DemoKnowledge.Faq> faqs, List<KnowledgeArticle> articles);
}
