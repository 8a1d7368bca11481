package dev.parley.application.assistant.port.in;

/** Driven by the REST adapter when an admin deletes a knowledge article. */
public interface DeleteKnowledgeArticleUseCase {

    /**
     * Deletes the article for good; the assistant stops answering from it.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an active admin
     * @throws dev.parley.domain.assistant.KnowledgeArticleNotFoundException when there is no such article
     */
    void delete(DeleteKnowledgeArticleCommand command);
}
