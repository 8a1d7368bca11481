package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.FaqId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin replaces the FAQs; empty leaves them as they are.
 *
 * @param actor the admin
 * @param faqs every FAQ, in order; FAQs left out are removed
 */
public record UpdateFaqSettingsCommand(AgentId actor, Optional<List<FaqEntry>> faqs) {

    public UpdateFaqSettingsCommand {
        Objects.requireNonNull(actor, "actor");
        faqs = Objects.requireNonNull(faqs, "FAQs").map(List::copyOf);
    }

    /**
     * One FAQ of the new list. Its question, answer and phrasings are checked when the FAQ is made from them.
     *
     * @param id the FAQ's id; empty for a new FAQ, which then gets a fresh one
     * @param question the question
     * @param answer the answer
     * @param published whether visitors see it
     * @param language the language it is written in; empty for every visitor
     * @param phrasings other ways to ask its question; empty to keep those it has (none for a new FAQ), so that a
     *     client that does not know phrasings leaves them alone
     */
    public record FaqEntry(
            Optional<FaqId> id,
            String question,
            String answer,
            boolean published,
            Optional<Language> language,
            Optional<List<String>> phrasings) {

        public FaqEntry {
            Objects.requireNonNull(id, "FAQ id");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(language, "language");
            phrasings = Objects.requireNonNull(phrasings, "phrasings").map(List::copyOf);
        }

        /** An FAQ that keeps its phrasings (a new one has none). */
        public FaqEntry(
                Optional<FaqId> id, String question, String answer, boolean published, Optional<Language> language) {
            this(id, question, answer, published, language, Optional.empty());
        }

        /** An FAQ for visitors in every language. */
        public FaqEntry(Optional<FaqId> id, String question, String answer, boolean published) {
            this(id, question, answer, published, Optional.empty());
        }
    }
}
