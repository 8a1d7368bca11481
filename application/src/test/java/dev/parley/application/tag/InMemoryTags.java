package dev.parley.application.tag;

import dev.parley.application.tag.port.out.LoadTagsPort;
import dev.parley.application.tag.port.out.SaveTagPort;
import dev.parley.domain.tag.Tag;
import dev.parley.domain.tag.TagId;
import dev.parley.domain.tag.TagNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** The tag list in memory; deleting asks the test how many tickets carried the tag. */
final class InMemoryTags implements LoadTagsPort, SaveTagPort {

    private final Map<TagId, Tag> tags = new LinkedHashMap<>();
    ToIntFunction<TagId> ticketsCarrying = tag -> 0;

    @Override
    public List<Tag> loadAll() {
        return new ArrayList<>(tags.values());
    }

    @Override
    public Optional<Tag> findById(TagId id) {
        return Optional.ofNullable(tags.get(id));
    }

    @Override
    public List<Tag> loadAllForChange() {
        return loadAll();
    }

    @Override
    public void create(Tag tag) {
        tags.put(tag.id(), tag);
    }

    @Override
    public void update(Tag tag) {
        if (!tags.containsKey(tag.id())) {
            throw new TagNotFoundException(tag.id());
        }
        tags.put(tag.id(), tag);
    }

    @Override
    public int delete(TagId id) {
        return tags.remove(id) == null ? -1 : ticketsCarrying.applyAsInt(id);
    }
}
