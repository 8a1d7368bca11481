package dev.parley.application.tag.port.in;

/** Driven by the REST adapter when an admin renames or recolours a tag. */
public interface ReviseTagUseCase {

    /**
     * Renames or recolours a tag.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is no active admin
     * @throws dev.parley.domain.tag.TagNotFoundException when there is no such tag
     * @throws dev.parley.domain.tag.TagNameTakenException when another tag has the name, ignoring case
     */
    TagView revise(ReviseTagCommand command);
}
