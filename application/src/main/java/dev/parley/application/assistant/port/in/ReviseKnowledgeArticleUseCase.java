package dev.parley.application.assistant.port.in;

/** Driven by the REST adapter when an admin changes, publishes or unpublishes a knowledge article. */
public interface ReviseKnowledgeArticleUseCase {

    /**
     * Replaces the article's content and status. A revision that changes nothing stores and records nothing.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an active admin
     * @throws dev.parley.domain.assistant.KnowledgeArticleNotFoundException when there is no such article
     */
    KnowledgeArticleView revise(ReviseKnowledgeArticleCommand command);
}
