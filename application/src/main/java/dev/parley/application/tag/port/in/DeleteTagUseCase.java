package dev.parley.application.tag.port.in;

/** Driven by the REST adapter when an admin deletes a tag. */
public interface DeleteTagUseCase {

    /**
     * Deletes a tag and takes it off every ticket.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is no active admin
     * @throws dev.parley.domain.tag.TagNotFoundException when there is no such tag
     */
    void delete(DeleteTagCommand command);
}
