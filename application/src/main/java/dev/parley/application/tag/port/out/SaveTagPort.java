package dev.parley.application.tag.port.out;

import dev.parley.domain.tag.Tag;
import dev.parley.domain.tag.TagId;

/** Stores tags; driven by the tag use cases. */
public interface SaveTagPort {

    void create(Tag tag);

    /**
     * Stores the changed name, colour and time of an existing tag.
     *
     * @throws dev.parley.domain.tag.TagNotFoundException when it was deleted meanwhile
     */
    void update(Tag tag);

    /**
     * Deletes a tag and takes it off every ticket that carries it.
     *
     * @return how many tickets carried it, or -1 when there was no such tag
     */
    int delete(TagId id);
}
