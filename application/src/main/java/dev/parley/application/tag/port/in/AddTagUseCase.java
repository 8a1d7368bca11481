package dev.parley.application.tag.port.in;

/** Driven by the REST adapter when an admin adds a tag. */
public interface AddTagUseCase {

    /**
     * Adds a tag.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is no active admin
     * @throws dev.parley.domain.tag.TagNameTakenException when another tag has the name, ignoring case
     * @throws dev.parley.domain.tag.TooManyTagsException when the store has as many tags as it may keep
     */
    TagView add(AddTagCommand command);
}
