package dev.parley.domain.assistant;

import java.util.Objects;
import java.util.UUID;

/** Identifies one of the store's knowledge articles. */
public record KnowledgeArticleId(UUID value) {

    public KnowledgeArticleId {
        Objects.requireNonNull(value, "knowledge article id");
    }

    public static KnowledgeArticleId random() {
        return new KnowledgeArticleId(UUID.randomUUID());
    }

    /**
     * The article with this id.
     *
     * @throws KnowledgeArticleNotFoundException when the text is no article id (no article can have it)
     */
    public static KnowledgeArticleId of(String value) {
        try {
            return new KnowledgeArticleId(UUID.fromString(Objects.requireNonNull(value, "knowledge article id")));
        } catch (IllegalArgumentException notAnId) {
            throw new KnowledgeArticleNotFoundException(value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
