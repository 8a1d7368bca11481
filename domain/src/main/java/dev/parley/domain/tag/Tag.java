package dev.parley.domain.tag;

import java.time.Instant;
import java.util.Objects;

/**
 * A label agents put on tickets, from the list admins keep: a name unique ignoring case and a colour. Admins add,
 * rename, recolour and delete tags; deleting one takes it off every ticket. The store keeps at most a configured
 * number of tags ({@link #requireRoomBeside(long, int)}).
 */
public final class Tag {

    private final TagId id;
    private final Instant createdAt;
    private TagName name;
    private TagColour colour;
    private Instant updatedAt;

    private Tag(TagId id, TagName name, TagColour colour, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.colour = Objects.requireNonNull(colour, "colour");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updated at");
    }

    /** Makes a new tag. */
    public static Tag create(TagId id, TagName name, TagColour colour, Instant now) {
        return new Tag(id, name, colour, now, now);
    }

    /** Rebuilds a tag from what was stored; for persistence adapters only. */
    public static Tag reconstitute(TagId id, TagName name, TagColour colour, Instant createdAt, Instant updatedAt) {
        return new Tag(id, name, colour, createdAt, updatedAt);
    }

    /**
     * Checks that the store may keep one more tag.
     *
     * @param existing how many tags the store has now
     * @param limit how many it may keep
     * @throws TooManyTagsException when it has that many already
     */
    public static void requireRoomBeside(long existing, int limit) {
        if (existing >= limit) {
            throw new TooManyTagsException(limit);
        }
    }

    /** Gives the tag a new name and colour. */
    public void revise(TagName newName, TagColour newColour, Instant now) {
        name = Objects.requireNonNull(newName, "name");
        colour = Objects.requireNonNull(newColour, "colour");
        updatedAt = Objects.requireNonNull(now, "now");
    }

    /** Whether this tag already has the name, ignoring case. */
    public boolean isNamed(TagName other) {
        return name.key().equals(other.key());
    }

    public TagId id() {
        return id;
    }

    public TagName name() {
        return name;
    }

    public TagColour colour() {
        return colour;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
