package dev.parley.application.tag.port.out;

import dev.parley.domain.tag.Tag;
import dev.parley.domain.tag.TagId;
import java.util.List;
import java.util.Optional;

/** Reads tags; driven by the tag use cases. */
public interface LoadTagsPort {

    /** Every tag, in no particular order. */
    List<Tag> loadAll();

    Optional<Tag> findById(TagId id);

    /**
     * Every tag, read under a lock held until the transaction ends, so that two admins who add or rename tags at the
     * same time are checked one after the other (for the limit and for unique names).
     */
    List<Tag> loadAllForChange();
}
