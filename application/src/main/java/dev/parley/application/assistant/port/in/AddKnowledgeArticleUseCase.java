package dev.parley.application.assistant.port.in;

/** Driven by the REST adapter when an admin writes a knowledge article. */
public interface AddKnowledgeArticleUseCase {

    /**
     * Stores a new article, a draft or published at once.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an active admin
     * @throws dev.parley.domain.assistant.TooManyArticlesException when the store keeps as many articles as it may
     */
    KnowledgeArticleView add(AddKnowledgeArticleCommand command);
}
