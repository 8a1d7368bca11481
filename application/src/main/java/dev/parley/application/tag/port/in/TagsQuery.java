package dev.parley.application.tag.port.in;

import dev.parley.domain.tag.TagId;
import java.util.List;
import java.util.Optional;

/** Lists the store's tags; driven by the inbox's transports and by the ticket context when it tags a ticket. */
public interface TagsQuery {

    /** Every tag, ordered by name ignoring case. */
    List<TagView> tags();

    /** One tag, if there is one with this id. */
    Optional<TagView> tag(TagId id);

    /**
     * One tag, which must exist.
     *
     * @throws dev.parley.domain.tag.TagNotFoundException when there is no tag with this id
     */
    TagView existing(TagId id);
}
