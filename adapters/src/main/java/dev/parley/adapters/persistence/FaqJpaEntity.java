package dev.parley.adapters.persistence;

import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** One of the store's FAQs, with its place in their order and its alternative phrasings. */
@Entity(name = "Faq")
@Table(name = "faq")
class FaqJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "position", nullable = false)
    int position;

    @Column(name = "question", nullable = false)
    String question;

    @Column(name = "answer", nullable = false)
    String answer;

    @Column(name = "published", nullable = false)
    boolean published;

    @Column(name = "language")
    String language;

    /** The alternative phrasings, a JSON array ({@link PhrasingsJson}). */
    @Column(name = "phrasings", nullable = false)
    String phrasings;

    static FaqJpaEntity from(Faq faq, int position) {
        FaqJpaEntity entity = new FaqJpaEntity();
        entity.id = faq.id().toString();
        entity.copyStateOf(faq, position);
        return entity;
    }

    void copyStateOf(Faq faq, int newPosition) {
        position = newPosition;
        question = faq.question();
        answer = faq.answer();
        published = faq.published();
        language = faq.language().map(Language::tag).orElse(null);
        phrasings = PhrasingsJson.write(faq.phrasings());
    }

    Faq toDomain() {
        return new Faq(
                new FaqId(UUID.fromString(id)),
                question,
                answer,
                published,
                Optional.ofNullable(language).flatMap(Language::of),
                PhrasingsJson.read(phrasings));
    }
}
