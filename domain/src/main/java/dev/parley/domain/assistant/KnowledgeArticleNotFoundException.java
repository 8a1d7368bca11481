package dev.parley.domain.assistant;

import dev.parley.domain.shared.NotFoundException;

/** The store has no knowledge article with the given id. */
public class KnowledgeArticleNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public KnowledgeArticleNotFoundException(Object id) {
        super("article_not_found", "There is no knowledge article " + id + ".");
    }
}
