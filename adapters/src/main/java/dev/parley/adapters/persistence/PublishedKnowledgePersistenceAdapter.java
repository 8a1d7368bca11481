package dev.parley.adapters.persistence;

import dev.parley.application.assistant.port.out.LoadKnowledgePort;
import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.assistant.KnowledgeKind;
import dev.parley.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The store's published knowledge for the AI agent, through JPA: the published FAQs, each with its language (none: for
 * every language). Drafts are never read. The fingerprint is a digest of exactly what is published, so that any change
 * to it (an FAQ added, edited, published, unpublished or removed) changes the fingerprint.
 */
@ApplicationScoped
class PublishedKnowledgePersistenceAdapter implements LoadKnowledgePort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public List<KnowledgeEntry> published() {
        return em
                .createQuery("SELECT f FROM Faq f WHERE f.published = true ORDER BY f.position", FaqJpaEntity.class)
                .getResultList()
                .stream()
                .map(faq -> new KnowledgeEntry(
                        KnowledgeKind.FAQ,
                        faq.id,
                        Optional.ofNullable(faq.language).flatMap(Language::of),
                        faq.question,
                        List.of(),
                        faq.answer,
                        Optional.empty()))
                .toList();
    }

    @Override
    public String fingerprint() {
        MessageDigest digest = sha256();
        for (KnowledgeEntry entry : published()) {
            for (String part : List.of(
                    entry.ref(),
                    entry.language().map(Language::tag).orElse(""),
                    entry.title(),
                    String.join("\u0001", entry.phrasings()),
                    entry.body(),
                    entry.link().orElse(""))) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }
}
